package bench;

import bench.core.Engine;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.*;
import io.micronaut.runtime.Micronaut;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Singleton;

import java.util.Map;

/** Micronaut 4 (Netty), @Controller, micronaut-jackson-databind. */
public class Main {
    public static void main(String[] args) {
        Micronaut.run(Main.class, args);
    }

    @Factory
    static class Beans {
        @Singleton
        Engine engine() {
            return Engine.createDefault();
        }
    }

    @Controller
    static class Api {
        private final Engine engine;

        Api(Engine engine) {
            this.engine = engine;
        }

        @Get("/health")
        Engine.Health health() {
            return Engine.OK;
        }

        // The real handler will write to PostgreSQL over JDBC, so it runs on the blocking pool
        // as the Micronaut docs require for blocking work.
        @ExecuteOn(TaskExecutors.BLOCKING)
        @Post("/events")
        HttpResponse<?> event(@Header("Authorization") @io.micronaut.core.annotation.Nullable String auth,
                              @Body Engine.Event e) {
            if (engine.authenticate(auth) == null) {
                return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
            }
            String err = Engine.validate(e);
            if (err != null) {
                return HttpResponse.badRequest(Map.of("error", err));
            }
            return HttpResponse.status(HttpStatus.ACCEPTED).body(engine.accept(e));
        }

        @Get("/invoices/{id}/preview")
        Engine.Preview preview(String id) {
            return engine.preview(id);
        }
    }
}
