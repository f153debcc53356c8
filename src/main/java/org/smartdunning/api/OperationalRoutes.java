package org.smartdunning.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.smartdunning.bootstrap.Service;

/** Health (the process answers), readiness (the store answers), metrics and the OpenAPI document. */
final class OperationalRoutes {
    private final Service service;
    private final Observability observability;
    private final byte[] openapi;

    OperationalRoutes(Service service, Observability observability) {
        this.service = service;
        this.observability = observability;
        try (InputStream in = OperationalRoutes.class.getResourceAsStream("/openapi.json")) {
            this.openapi = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the OpenAPI document is missing from the build", e);
        }
    }

    void register(Routing routing) {
        routing.open("/health", ctx -> ctx.json(Map.of("status", "up")));
        routing.open("/ready", ctx -> {
            boolean ready;
            try {
                ready = service.ready();
            } catch (RuntimeException e) {
                ready = false;
            }
            ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "ready" : "store unavailable"));
        });
        routing.open("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(observability.scrape()));
        routing.open("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    }
}
