package org.smartdunning.api;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line and one timer per request, by route template (never the path itself, whose ids
 * may name a customer), status and key id; served in Prometheus format at {@code /metrics}.
 */
final class Observability {
    private static final Logger LOG = LoggerFactory.getLogger("org.smartdunning.api.access");
    static final String ROUTE = "route";
    private static final String STARTED = "started";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    void started(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    void finished(Context ctx) {
        Long started = ctx.attribute(STARTED);
        long nanos = started == null ? 0 : System.nanoTime() - started;
        String route = ctx.attribute(ROUTE) == null ? "unmatched" : ctx.attribute(ROUTE);
        String status = Integer.toString(ctx.statusCode());
        Timer.builder("dunning_http_requests").tag("method", ctx.method().name()).tag("route", route)
                .tag("status", status).publishPercentiles(0.5, 0.99).register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        var caller = ctx.<org.smartdunning.application.access.Caller>attribute(Guard.CALLER);
        LOG.atInfo().setMessage("request")
                .addKeyValue("method", ctx.method().name())
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("ms", String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6))
                .addKeyValue("key", caller == null ? "-" : caller.keyId())
                .log();
    }

    String scrape() {
        return registry.scrape();
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }
}
