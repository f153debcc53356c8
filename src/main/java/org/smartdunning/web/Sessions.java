package org.smartdunning.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.smartdunning.application.access.AuthenticateKey;
import org.smartdunning.application.access.Caller;
import org.smartdunning.config.Secret;

/**
 * Signed-in sessions in the service's memory (Caffeine, idle for {@value #IDLE_MINUTES} minutes at most):
 * the browser holds a random id in a {@code __Host-} cookie that is Secure, HttpOnly and SameSite=Strict.
 * Each page re-checks the session's key, so a revoked key signs its sessions out.
 */
final class Sessions {
    static final String COOKIE = "__Host-dunning-session";
    static final int IDLE_MINUTES = 30;
    private final Cache<String, Session> sessions;
    private final AuthenticateKey authenticate;
    private final Tokens tokens;

    Sessions(AuthenticateKey authenticate, Tokens tokens, Clock clock) {
        this.authenticate = authenticate;
        this.tokens = tokens;
        this.sessions = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(IDLE_MINUTES))
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** Signs a creditor's key in; empty for an unknown or revoked key, or the administrator's (it acts for no creditor). */
    Optional<Session> signIn(Context ctx, String key) {
        Optional<Caller> caller = authenticate.caller(key == null ? null : key.strip());
        if (caller.isEmpty() || caller.get().admin()) {
            return Optional.empty();
        }
        Session session = new Session(tokens.next(), caller.get().creditor().orElseThrow(), caller.get().keyId(),
                Secret.of(key), tokens.next());
        sessions.put(session.id(), session);
        ctx.cookie(cookie(COOKIE, session.id(), IDLE_MINUTES * 60));
        return Optional.of(session);
    }

    /** The request's session while its key is still in force. */
    Optional<Session> of(Context ctx) {
        String id = ctx.cookie(COOKIE);
        Session session = id == null ? null : sessions.getIfPresent(id);
        if (session == null) {
            return Optional.empty();
        }
        boolean inForce = authenticate.caller(session.key().reveal())
                .filter(c -> c.creditor().equals(Optional.of(session.creditor()))).isPresent();
        if (!inForce) {
            sessions.invalidate(session.id());
            return Optional.empty();
        }
        return Optional.of(session);
    }

    void signOut(Context ctx, Session session) {
        sessions.invalidate(session.id());
        ctx.cookie(cookie(COOKIE, "", 0));
    }

    /** A cookie only this site's pages send back, never readable by scripts. */
    static Cookie cookie(String name, String value, int maxAgeSeconds) {
        return new Cookie(name, value, "/", maxAgeSeconds, true, true, null, SameSite.STRICT);
    }
}
