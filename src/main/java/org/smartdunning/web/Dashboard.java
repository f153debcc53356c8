package org.smartdunning.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.bootstrap.Service;

/**
 * The dashboard's pages under {@value #PATH}, served by the API's server: each page acts for the
 * signed-in creditor only, on a store borrowed for that creditor, as the API's requests do.
 */
public final class Dashboard {
    public static final String PATH = "/dashboard";
    /** The access log's and metrics' route label (api.Observability reads it): the route template, never the path. */
    static final String ROUTE = "route";
    /** Scripts, styles, images and forms from this service alone; no inline script or style, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private final Service service;
    private final Sessions sessions;
    private final Tokens tokens = new Tokens(new SecureRandom());
    private final Templates templates = new Templates();

    public Dashboard(Service service) {
        this.service = service;
        this.sessions = new Sessions(service.authenticate(), tokens, service.clock());
    }

    /**
     * Asks the reports the KPI and experiments pages show when no period is given, so that they are kept; a creditor
     * with no history yet has none to keep.
     */
    public static void askDefaults(org.smartdunning.bootstrap.CreditorService creditor) {
        try {
            KpiPage.askDefault(creditor);
            ExperimentsPage.askDefault(creditor);
        } catch (IllegalArgumentException e) {
            // no history yet: the pages say so when asked
        }
    }

    /** Whether the path is the dashboard's, which signs in by session rather than by API key. */
    public static boolean serves(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    /** The headers of every dashboard answer; assets may then allow caching. */
    public void before(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer"); // invoice ids are in the pages' addresses
        ctx.header("Cache-Control", "no-store");
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> {
            ctx.attribute(ROUTE, PATH);
            ctx.redirect(Menu.KPIS.href(), HttpStatus.SEE_OTHER);
        });
        new SignIn(sessions, tokens, this).register(routes);
        new Assets().register(routes);
        page(routes, "/kpis", new KpiPage());
        InvoicePage invoices = new InvoicePage();
        page(routes, "/invoices", invoices::search);
        page(routes, "/invoices/{invoice}", invoices);
        ModelPage models = new ModelPage();
        page(routes, "/models", models::newest);
        page(routes, "/models/{model}", models);
        page(routes, "/workflow", new WorkflowPage());
        page(routes, "/experiments", new ExperimentsPage());
    }

    private void page(RoutesConfig routes, String path, PageHandler handler) {
        routes.get(PATH + path, ctx -> {
            ctx.attribute(ROUTE, PATH + path);
            Optional<Session> session = sessions.of(ctx);
            if (session.isEmpty()) {
                ctx.redirect(SignIn.PATH, HttpStatus.SEE_OTHER);
                return;
            }
            Page page;
            try {
                page = service.forCreditor(session.get().creditor(), creditor -> handler.render(ctx, creditor))
                        .orElseThrow(() -> new PageProblem(404, "Your account is no longer in the store."));
            } catch (PageProblem problem) {
                page = problemPage(problem.status(), problem.getMessage());
            }
            render(ctx, page, session.orElse(null));
        });
    }

    /** An answer for what no page answered: an unknown path (404) or a failure on the server's side. */
    public void error(Context ctx, int status, String detail) {
        render(ctx, problemPage(status, detail), sessions.of(ctx).orElse(null));
    }

    private static Page problemPage(int status, String detail) {
        String title = switch (status) {
            case 400 -> "Not understood";
            case 403 -> "Refused";
            case 404 -> "Not found";
            default -> "Something went wrong";
        };
        return new Page(status, "problem", title, null, Map.of("detail", detail), null);
    }

    /** Renders the page in the layout: the menu and sign-out for a session, none without. */
    void render(Context ctx, Page page, Session session) {
        if (page.redirect() != null) {
            ctx.redirect(page.redirect(), HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> values = new HashMap<>(page.values());
        values.put("layout", new Layout(page.title(), session != null, session == null ? null : session.creditor().value(),
                session == null ? null : session.csrf(), session == null ? List.of() : Menu.items(page.menu())));
        ctx.status(page.status()).contentType("text/html; charset=utf-8").result(templates.render(page.template(), values));
    }

    /** What the header and footer show around every page. */
    record Layout(String title, boolean signedIn, String creditor, String csrf, List<Menu.Item> menu) {
    }
}
