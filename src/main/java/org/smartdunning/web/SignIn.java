package org.smartdunning.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in with a creditor's API key, and out. Both forms carry a CSRF token: signing out the
 * session's, signing in one also set in a short-lived cookie of its own (a double submit), so another
 * site can neither sign a browser out nor into an account of its choosing.
 */
final class SignIn {
    static final String PATH = Dashboard.PATH + "/sign-in";
    static final String OUT = Dashboard.PATH + "/sign-out";
    static final String FORM_COOKIE = "__Host-dunning-sign-in";
    private final Sessions sessions;
    private final Tokens tokens;
    private final Dashboard dashboard;

    SignIn(Sessions sessions, Tokens tokens, Dashboard dashboard) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.dashboard = dashboard;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> {
            ctx.attribute(Dashboard.ROUTE, PATH);
            if (sessions.of(ctx).isPresent()) {
                ctx.redirect(Menu.KPIS.href(), HttpStatus.SEE_OTHER);
                return;
            }
            form(ctx, 200, null);
        });
        routes.post(PATH, ctx -> {
            ctx.attribute(Dashboard.ROUTE, PATH);
            if (!Tokens.same(ctx.cookie(FORM_COOKIE), ctx.formParam("csrf"))) {
                dashboard.error(ctx, 403, "The sign-in form had expired or came from another site. Please sign in again.");
                return;
            }
            Optional<Session> session = sessions.signIn(ctx, ctx.formParam("key"));
            if (session.isEmpty()) {
                form(ctx, 401, "That key is unknown or revoked, or it is the administrator's: sign in with a"
                        + " creditor's API key.");
                return;
            }
            ctx.cookie(Sessions.cookie(FORM_COOKIE, "", 0));
            ctx.redirect(Menu.KPIS.href(), HttpStatus.SEE_OTHER);
        });
        routes.post(OUT, ctx -> {
            ctx.attribute(Dashboard.ROUTE, OUT);
            Optional<Session> session = sessions.of(ctx);
            if (session.isPresent() && !Tokens.same(session.get().csrf(), ctx.formParam("csrf"))) {
                dashboard.error(ctx, 403, "The sign-out form did not come from this dashboard.");
                return;
            }
            session.ifPresent(s -> sessions.signOut(ctx, s));
            ctx.redirect(PATH, HttpStatus.SEE_OTHER);
        });
    }

    private void form(Context ctx, int status, String problem) {
        String token = tokens.next();
        ctx.cookie(Sessions.cookie(FORM_COOKIE, token, 3600));
        Map<String, Object> values = new HashMap<>();
        values.put("csrf", token);
        values.put("problem", problem);
        dashboard.render(ctx, new Page(status, "sign-in", "Sign in", null, values, null), null);
    }
}
