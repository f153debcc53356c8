package bench;

import bench.core.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Quarkus 3 / quarkus-rest + quarkus-rest-jackson (JAX-RS resource). Default threading:
 *  non-reactive return types run on a worker thread (right for the later JDBC write). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class Api {

    @ApplicationScoped
    static class Beans {
        @jakarta.enterprise.inject.Produces
        @jakarta.inject.Singleton
        Engine engine() {
            return Engine.createDefault();
        }
    }

    @Inject
    Engine engine;

    @GET
    @Path("health")
    public Engine.Health health() {
        return Engine.OK;
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response event(@HeaderParam("Authorization") String auth, Engine.Event e) {
        if (engine.authenticate(auth) == null) {
            return Response.status(Response.Status.UNAUTHORIZED).entity(Map.of("error", "unauthorized")).build();
        }
        String err = Engine.validate(e);
        if (err != null) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", err)).build();
        }
        return Response.status(Response.Status.ACCEPTED).entity(engine.accept(e)).build();
    }

    @GET
    @Path("invoices/{id}/preview")
    public Engine.Preview preview(@PathParam("id") String id) {
        return engine.preview(id);
    }
}
