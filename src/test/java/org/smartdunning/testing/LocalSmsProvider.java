package org.smartdunning.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP SMS provider on an ephemeral local port, as the SMS channel expects one: POST with a
 * bearer token; a repeated {@code Idempotency-Key} is answered with the first response and not
 * sent again, as providers with idempotent APIs do. {@link #echoing()} makes one that refuses every
 * message with 400 and echoes the whole request back (its Authorization header and its body), as
 * some providers' error pages do.
 */
public final class LocalSmsProvider implements AutoCloseable {
    public static final String TOKEN = "test-token";

    private final HttpServer server;
    private final Map<String, String> messages = new LinkedHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final boolean echo;

    public LocalSmsProvider() throws IOException {
        this(false);
    }

    /** A provider that answers every request with 400 and the request itself. */
    public static LocalSmsProvider echoing() throws IOException {
        return new LocalSmsProvider(true);
    }

    private LocalSmsProvider(boolean echo) throws IOException {
        this.echo = echo;
        // without it the JDK server answers each request about 45 ms late (Nagle and delayed ACKs)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/messages", exchange -> {
            requests.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            int status;
            String answer;
            if (echo) {
                status = 400;
                answer = "{\"error\":\"invalid destination\",\"code\":\"21211\",\"request\":{\"authorization\":\""
                        + exchange.getRequestHeaders().getFirst("Authorization") + "\",\"body\":" + body + "}}";
            } else if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 401;
                answer = "{\"error\":\"bad token\"}";
            } else {
                synchronized (messages) {
                    messages.putIfAbsent(key, body);
                    status = 200;
                    answer = "{\"id\":\"sms-" + key + "\"}";
                }
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/messages");
    }

    /** Messages accepted, once per idempotency key, in arrival order: key to JSON body. */
    public Map<String, String> messages() {
        synchronized (messages) {
            return new LinkedHashMap<>(messages);
        }
    }

    /** HTTP requests received, repeats included. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
