package org.smartdunning.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.smartdunning.webhooks.Verification;
import org.smartdunning.webhooks.WebhookVerifier;

/**
 * A real webhook receiver on 127.0.0.1 (the JDK's HTTP server): each path has a script of answers
 * (a status, or a delay before it), verifies every request with {@link WebhookVerifier} under the
 * path's secret, and answers a rejected one with 401 whatever its script says.
 */
public final class LocalWebhookReceiver implements AutoCloseable {
    /** An answer: wait {@code delayMillis}, then answer {@code status}. */
    public record Answer(int status, long delayMillis) {
        public static Answer status(int status) {
            return new Answer(status, 0);
        }
    }

    /** A request as received, with the receiver's verdict on it. */
    public record Received(String path, Map<String, String> headers, String body, Verification verification) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Clock clock;
    private final Map<String, WebhookVerifier> verifiers = new ConcurrentHashMap<>();
    private final Map<String, List<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public LocalWebhookReceiver(Clock clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Answers requests to {@code path} by the script, the last answer repeating; returns the URL. */
    public URI endpoint(String path, Answer... script) {
        scripts.put(path, List.of(script));
        calls.put(path, new AtomicInteger());
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Verifies requests to {@code path} with this secret (the one the endpoint was registered with). */
    public void secret(String path, String secret) {
        verifiers.put(path, new WebhookVerifier(secret, clock));
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        WebhookVerifier verifier = verifiers.get(path);
        Verification verdict = verifier == null ? null : verifier.verify(headers, body);
        received.add(new Received(path, Map.copyOf(headers), body, verdict));
        List<Answer> script = scripts.getOrDefault(path, List.of(Answer.status(404)));
        int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
        Answer answer = script.get(Math.min(call, script.size() - 1));
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = verdict == null || verdict.verified() ? answer.status() : 401;
        // a body the sender must not keep: it would show up if the sender stored what receivers answer
        byte[] reply = ("receiver says: secret-token-in-reply " + status).getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
        } catch (IOException e) {
            // the sender gave up waiting (a timeout under test): nobody reads this answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
