package bench;

import bench.core.Engine;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;

import java.util.Map;

/** Javalin 7: routes declared in config, JavalinJackson (Jackson 2) as JSON mapper. */
public final class Main {
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Engine engine = Engine.createDefault();
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson());
            config.routes.get("/health", ctx -> ctx.json(Engine.OK));
            config.routes.post("/events", ctx -> {
                if (engine.authenticate(ctx.header("Authorization")) == null) {
                    ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", "unauthorized"));
                    return;
                }
                Engine.Event e = ctx.bodyAsClass(Engine.Event.class);
                String err = Engine.validate(e);
                if (err != null) {
                    ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", err));
                    return;
                }
                ctx.status(HttpStatus.ACCEPTED).json(engine.accept(e));
            });
            config.routes.get("/invoices/{id}/preview", ctx -> ctx.json(engine.preview(ctx.pathParam("id"))));
        });
        app.start(port);
    }
}
