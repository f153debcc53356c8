package org.smartdunning.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.smartdunning.application.port.IdempotencyBook;

/**
 * Every POST carries an {@code Idempotency-Key}: the first request with a key is done and its answer
 * kept; a retry gets that answer again (header {@code Idempotent-Replayed: true}); the same key with
 * another method, path or body is refused (422), and one still in progress answers 409.
 */
final class Idempotency {
    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;
    private final Clock clock;

    Idempotency(Clock clock) {
        this.clock = clock;
    }

    /** Answers the request once per key; {@code work} runs only for a new key. */
    ApiResponse once(Context ctx, IdempotencyBook book, Endpoint.Work work) throws Exception {
        String key = key(ctx);
        String fingerprint = fingerprint(ctx);
        Optional<IdempotencyBook.Answer> known = book.claim(key, fingerprint, clock.instant());
        if (known.isPresent()) {
            return replay(known.get(), fingerprint);
        }
        ApiResponse response;
        try {
            response = work.run();
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 429) {
                book.release(key);
            } else {
                book.answer(key, problem.status(), ApiJson.write(ProblemBody.of(problem, ctx.path())));
            }
            throw problem;
        } catch (Exception | Error e) {
            book.release(key);
            throw e;
        }
        book.answer(key, response.status(), response.body() == null ? "" : ApiJson.write(response.body()));
        return response;
    }

    /** The request's key; 400 when it is missing or too long. */
    static String key(Context ctx) {
        String key = ctx.header(HEADER);
        if (key == null || key.isBlank()) {
            throw ApiProblem.badRequest("header " + HEADER, "required on every POST (a unique value per request,"
                    + " reused only to retry it)");
        }
        if (key.length() > MAX_KEY) {
            throw ApiProblem.badRequest("header " + HEADER, "longer than " + MAX_KEY + " characters");
        }
        return key;
    }

    private static ApiResponse replay(IdempotencyBook.Answer answer, String fingerprint) {
        if (!answer.fingerprint().equals(fingerprint)) {
            throw ApiProblem.invalid("header " + HEADER, "was used for another request (other path or body);"
                    + " use a new key for a new request");
        }
        if (answer.inProgress()) {
            throw new ApiProblem(409, "Conflict", "the first request with this " + HEADER
                    + " is still being handled; retry in a moment");
        }
        return new ApiResponse(answer.status(), new Replayed(answer.body()),
                java.util.Map.of("Idempotent-Replayed", "true"));
    }

    /** A stored answer, rendered as it was stored. */
    record Replayed(String json) {
    }

    /** SHA-256 of method, path and body: what makes a retry the same request. */
    static String fingerprint(Context ctx) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ctx.method() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
