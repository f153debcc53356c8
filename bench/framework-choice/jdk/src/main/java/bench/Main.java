package bench;

import bench.core.Engine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executors;

/** Floor for reference: JDK com.sun.net.httpserver + plain Jackson, hand-written routing.
 *  Executor: a fixed pool of 16 threads (the default is a single dispatcher thread);
 *  sun.net.httpserver.nodelay=true (see main). */
public final class Main {
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        // Without TCP_NODELAY the JDK server's separate header/body writes meet delayed ACKs:
        // every response then takes ~40 ms. Documented switch of the JDK implementation:
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Engine engine = Engine.createDefault();
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/health", ex -> send(ex, 200, Engine.OK));
        server.createContext("/events", ex -> {
            if (!"POST".equals(ex.getRequestMethod())) {
                send(ex, 405, Map.of("error", "method not allowed"));
                return;
            }
            if (engine.authenticate(ex.getRequestHeaders().getFirst("Authorization")) == null) {
                send(ex, 401, Map.of("error", "unauthorized"));
                return;
            }
            Engine.Event e;
            try (InputStream in = ex.getRequestBody()) {
                e = JSON.readValue(in, Engine.Event.class);
            } catch (IOException bad) {
                send(ex, 400, Map.of("error", "malformed JSON"));
                return;
            }
            String err = Engine.validate(e);
            if (err != null) {
                send(ex, 400, Map.of("error", err));
                return;
            }
            send(ex, 202, engine.accept(e));
        });
        server.createContext("/invoices/", ex -> {
            String p = ex.getRequestURI().getPath(); // /invoices/{id}/preview
            if (!"GET".equals(ex.getRequestMethod()) || !p.endsWith("/preview")) {
                send(ex, 404, Map.of("error", "not found"));
                return;
            }
            String id = p.substring("/invoices/".length(), p.length() - "/preview".length());
            send(ex, 200, engine.preview(id));
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(1)));
    }

    static void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
