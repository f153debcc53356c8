package bench;

import bench.core.Engine;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.util.Map;

/** Vert.x 5 / vertx-web Router; Jackson databind through Vert.x's Json/DatabindCodec.
 *  One verticle instance per core (the Vert.x docs' way to use all cores). */
public final class Main {

    static final class Api extends VerticleBase {
        private final Engine engine;
        private final int port;

        Api(Engine engine, int port) {
            this.engine = engine;
            this.port = port;
        }

        @Override
        public Future<?> start() {
            Router router = Router.router(vertx);
            router.get("/health").handler(ctx -> ctx.json(Engine.OK));
            router.post("/events").handler(BodyHandler.create().setBodyLimit(64 * 1024));
            // The real handler writes to PostgreSQL over JDBC: blocking work goes to a worker thread.
            router.post("/events").blockingHandler(this::event, false);
            router.get("/invoices/:id/preview").handler(ctx -> ctx.json(engine.preview(ctx.pathParam("id"))));
            return vertx.createHttpServer().requestHandler(router).listen(port);
        }

        private void event(RoutingContext ctx) {
            if (engine.authenticate(ctx.request().getHeader("Authorization")) == null) {
                ctx.response().setStatusCode(401);
                ctx.json(Map.of("error", "unauthorized"));
                return;
            }
            Engine.Event e;
            try {
                e = ctx.body().asPojo(Engine.Event.class);
            } catch (RuntimeException ex) {
                ctx.response().setStatusCode(400);
                ctx.json(Map.of("error", "malformed JSON"));
                return;
            }
            String err = Engine.validate(e);
            if (err != null) {
                ctx.response().setStatusCode(400);
                ctx.json(Map.of("error", err));
                return;
            }
            ctx.response().setStatusCode(202);
            ctx.json(engine.accept(e));
        }
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Engine engine = Engine.createDefault();
        Vertx vertx = Vertx.vertx();
        int instances = Runtime.getRuntime().availableProcessors();
        vertx.deployVerticle(() -> new Api(engine, port), new DeploymentOptions().setInstances(instances))
                .onFailure(t -> { t.printStackTrace(); System.exit(1); });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> vertx.close().await()));
    }
}
