package org.smartdunning.api;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.UUID;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartdunning.bootstrap.CreditorService;
import org.smartdunning.bootstrap.Service;
import org.smartdunning.ingest.events.EventRejectedException;
import org.smartdunning.web.Dashboard;

/**
 * The HTTP API on Javalin (Jetty): routes, problem details for every refusal, authentication and
 * rate limits before any work, a log line and metrics after; the dashboard's pages beside it under
 * {@code /dashboard}. Stopping it lets requests in flight finish.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** How long a stop waits for requests in flight. */
    private static final long STOP_TIMEOUT_MS = 10_000;
    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** Starts the API on the settings' host and port (0: any free port). */
    public static ApiServer start(Service service, ApiSettings settings) {
        Observability observability = new Observability();
        Guard guard = new Guard(service.authenticate(), new RateLimits(settings.requestsPerSecond(), settings.burst()));
        Dashboard dashboard = new Dashboard(service);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(ApiJson.MAPPER, false));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.modifyServer(server -> configure(server));
            config.routes.before(ctx -> {
                observability.started(ctx);
                if (Dashboard.serves(ctx.path())) {
                    dashboard.before(ctx); // its pages sign in by session, not by API key
                } else {
                    guard.check(ctx);
                }
            });
            config.routes.after(observability::finished);
            config.routes.exception(ApiProblem.class, (problem, ctx) -> problem(ctx, problem));
            config.routes.exception(EventRejectedException.class, (rejected, ctx) -> problem(ctx,
                    ApiProblem.invalid(rejected.problems())));
            // another command or request holds the creditor (a run, a training, `dunning import`): try again later;
            // the holder's process and host are the operator's business, not the caller's
            config.routes.exception(CreditorService.BusyException.class, (busy, ctx) -> problem(ctx,
                    new ApiProblem(409, "Conflict", "the creditor's data is being changed by other work (a run, a"
                            + " training or an import); retry when it ends")));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx,
                    new ApiProblem(e.getStatus(), statusTitle(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                String incident = UUID.randomUUID().toString();
                LOG.atError().setMessage("request failed").addKeyValue("incident", incident)
                        .setCause(RedactedFailure.of(e)).log();
                if (Dashboard.serves(ctx.path())) {
                    dashboard.error(ctx, 500, "The page failed on the server's side (incident " + incident + ").");
                    return;
                }
                problem(ctx, new ApiProblem(500, "Internal Server Error", "the request failed on the server's side;"
                        + " incident " + incident));
            });
            config.routes.error(404, ctx -> {
                if (Dashboard.serves(ctx.path())) {
                    if (ctx.res().getContentType() == null) { // a page answers its own 404s
                        dashboard.error(ctx, 404, "There is no page at this address.");
                    }
                } else if (!ProblemBody.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                    problem(ctx, new ApiProblem(404, "Not Found", "no operation at " + ctx.method() + " " + ctx.path()));
                }
            });
            config.routes.error(405, ctx -> problem(ctx, new ApiProblem(405, "Method Not Allowed",
                    ctx.method() + " is not allowed on " + ctx.path())));
            Routing routing = new Routing(config.routes, service);
            new OperationalRoutes(service, observability).register(routing);
            new AdminRoutes(service).register(routing);
            new EventRoutes().register(routing);
            new HoldRoutes().register(routing);
            new DecisionRoutes().register(routing);
            new BulkRoutes(settings.maxRequestBytes()).register(routing);
            new ModelRoutes().register(routing);
            new WorkflowRoutes().register(routing);
            new ExperimentDefinitionRoutes().register(routing);
            new RunRoutes().register(routing);
            new CustomerRoutes().register(routing);
            new KpiRoutes().register(routing);
            new ReportRoutes().register(routing);
            new ExperimentRoutes().register(routing);
            new WebhookRoutes().register(routing);
            dashboard.register(config.routes);
        });
        app.start(settings.host(), settings.port());
        LOG.atInfo().setMessage("listening").addKeyValue("host", settings.host()).addKeyValue("port", app.port()).log();
        return new ApiServer(app);
    }

    private static void configure(Server server) {
        // Javalin attaches its handler inside this one, which lets requests in flight finish on stop
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(STOP_TIMEOUT_MS);
        server.setStopAtShutdown(false); // the serve command stops it in order: API first, then the scheduler and store
    }

    static void problem(io.javalin.http.Context ctx, ApiProblem problem) {
        ctx.status(problem.status()).contentType(ProblemBody.MEDIA_TYPE)
                .result(ApiJson.write(ProblemBody.of(problem, ctx.path())));
    }

    private static String statusTitle(int status) {
        io.javalin.http.HttpStatus known = io.javalin.http.HttpStatus.forStatus(status);
        return known == io.javalin.http.HttpStatus.UNKNOWN ? "Error" : known.getMessage();
    }

    /**
     * Works out, in the background, the reports each creditor's KPI and experiments pages and {@code GET /v1/kpis}
     * show when asked without a query, so that the first page after a start answers from a kept report.
     */
    public static void prepareReports(Service service) {
        service.prepareReports(creditor -> {
            Dashboard.askDefaults(creditor);
            KpiRoutes.askDefault(creditor);
        });
    }

    public int port() {
        return app.port();
    }

    /** Stops taking requests and waits for those in flight (at most 10 s). */
    @Override
    public void close() {
        app.stop();
    }
}
