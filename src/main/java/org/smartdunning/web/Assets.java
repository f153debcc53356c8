package org.smartdunning.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' style sheet, script and Chart.js, served from the class path by the service itself (no
 * CDN: the dashboard works without the internet). Only these named files are served.
 */
final class Assets {
    static final String PATH = Dashboard.PATH + "/assets/";
    private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.min.js";
    private static final Map<String, Asset> FILES = Map.of(
            "app.css", new Asset("/web/assets/app.css", "text/css; charset=utf-8"),
            "app.js", new Asset("/web/assets/app.js", "text/javascript; charset=utf-8"),
            "icon.svg", new Asset("/web/assets/icon.svg", "image/svg+xml"),
            "chart.umd.min.js", new Asset(CHART_JS, "text/javascript; charset=utf-8"));

    private record Asset(String resource, String contentType) {
    }

    void register(RoutesConfig routes) {
        routes.get(PATH + "{name}", ctx -> {
            ctx.attribute(Dashboard.ROUTE, PATH + "{name}");
            Asset asset = FILES.get(ctx.pathParam("name"));
            if (asset == null) {
                ctx.status(404).contentType("text/plain; charset=utf-8").result("no such asset");
                return;
            }
            try (InputStream in = Assets.class.getResourceAsStream(asset.resource())) {
                ctx.header("Cache-Control", "private, max-age=3600");
                ctx.contentType(asset.contentType()).result(in.readAllBytes());
            }
        });
    }

    /** The version of the Chart.js WebJar on the class path, as its Maven metadata says. */
    private static String chartJsVersion() {
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js WebJar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
