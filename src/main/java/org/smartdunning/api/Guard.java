package org.smartdunning.api;

import io.javalin.http.Context;
import java.util.Set;
import org.smartdunning.application.access.AuthenticateKey;
import org.smartdunning.application.access.Caller;

/** Every request but the open ones (health, readiness, metrics, the OpenAPI document) needs a key in force. */
final class Guard {
    static final String CALLER = "caller";
    private static final Set<String> OPEN = Set.of("/health", "/ready", "/metrics", "/openapi.json");
    private static final String BEARER = "Bearer ";
    private final AuthenticateKey authenticate;
    private final RateLimits limits;

    Guard(AuthenticateKey authenticate, RateLimits limits) {
        this.authenticate = authenticate;
        this.limits = limits;
    }

    void check(Context ctx) {
        if (OPEN.contains(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, "Unauthorized", "send an API key as 'Authorization: Bearer <key>'");
        }
        Caller caller = authenticate.caller(header.substring(BEARER.length()).trim()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return new ApiProblem(401, "Unauthorized", "the API key is unknown or revoked");
        });
        ctx.attribute(CALLER, caller);
        limits.take(caller.keyId(), ctx);
    }
}
