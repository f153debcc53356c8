package org.smartdunning.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client of the API (java.net.http) that checks every response it receives against the OpenAPI
 * document: an undeclared status, content type or header, or a body its schema refuses, fails the
 * test that got it, and so does any 5xx but the readiness check's 503.
 */
final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicLong KEYS = new AtomicLong();
    /** Responses checked, over the whole run. */
    static final AtomicInteger CHECKED = new AtomicInteger();

    private final URI base;
    private final OpenApiDocument document;
    private final String key;

    ApiClient(URI base, OpenApiDocument document, String key) {
        this.base = base;
        this.document = document;
        this.key = key;
    }

    /** The key this client sends (null: none). */
    String key() {
        return key;
    }

    /** The same server with another key (null: none). */
    ApiClient as(String otherKey) {
        return new ApiClient(base, document, otherKey);
    }

    /** The same key on another server. */
    ApiClient at(URI otherBase) {
        return new ApiClient(otherBase, document, key);
    }

    /** A fresh Idempotency-Key. */
    static String newKey() {
        return "test-" + KEYS.incrementAndGet();
    }

    /** An answer, already checked against the document; {@code bytes} as received, {@code body} them as UTF-8 text. */
    record Reply(int status, HttpHeaders headers, String body, byte[] bytes) {
        JsonNode json() {
            try {
                return OpenApiDocument.JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        /** The fields named in a problem's {@code errors}. */
        List<String> fields() {
            return json().path("errors").findValuesAsText("field");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply put(String path, String body, String contentType) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType));
    }

    Reply post(String path, String json) {
        return post(path, json, newKey());
    }

    Reply post(String path, String json, String idempotencyKey) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), "application/json", idempotencyKey);
    }

    Reply post(String path, byte[] body, String contentType, String idempotencyKey) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    /** Any request: the key, when this client has one, is added as a bearer token. */
    Reply send(HttpRequest.Builder request) {
        if (key != null) {
            request.setHeader("Authorization", "Bearer " + key);
        }
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Reply reply = new Reply(response.statusCode(), response.headers(),
                new String(response.body(), StandardCharsets.UTF_8), response.body());
        String path = built.uri().getRawPath();
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        List<String> problems = document.check(built.method(), path, reply.status(), reply.contentType(), headers,
                reply.body());
        CHECKED.incrementAndGet();
        if (!problems.isEmpty()) {
            throw new AssertionError("the response breaks the OpenAPI document:\n  " + String.join("\n  ", problems));
        }
        if (reply.status() >= 500 && !path.equals("/ready")) {
            throw new AssertionError(built.method() + " " + path + " failed on the server's side: " + reply);
        }
        return reply;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }
}
