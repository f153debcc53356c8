package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.smartdunning.api.ApiServer;
import org.smartdunning.api.ApiSettings;
import org.smartdunning.application.daily.RunDunningDay;
import org.smartdunning.application.daily.ServeLoop;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.bootstrap.ProcessSetup;
import org.smartdunning.bootstrap.RunSettings;
import org.smartdunning.bootstrap.Service;
import org.smartdunning.bootstrap.WebhookSettings;
import org.smartdunning.config.EnvironmentSecret;
import org.smartdunning.config.Secret;
import org.smartdunning.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code DUNNING_ADMIN_KEY=… dunning serve --port N}: the HTTP API for many creditors, and the daily schedule. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serves the HTTP API for many creditors; with --workflow also runs one creditor's daily process on schedule.",
        description = {"The administrator's key comes from the environment: DUNNING_ADMIN_KEY, or DUNNING_ADMIN_KEY_FILE",
            "naming a file only its owner may read (at least 24 characters). The OpenAPI document is at /openapi.json.",
            "With --workflow FILE, the creditor's (--creditor, or --data's) daily process runs every day at serve.at",
            "(UTC) and retries are dispatched every serve.dispatch_every_minutes. Ctrl-C or SIGTERM stop taking",
            "requests, let those in flight finish (10 s at most) and finish the current step of the schedule."})
public final class ServeCommand implements Callable<Integer> {
    static final String ADMIN_KEY = "DUNNING_ADMIN_KEY";
    private static final int MIN_ADMIN_KEY = 24;
    /** How often the webhook outboxes are looked at: a delivery goes out within this time once due. */
    private static final long WEBHOOK_PASS_EVERY_MS = 2_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "the port to listen on (default ${DEFAULT-VALUE}; 0: any free port)")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "the address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    private String bind;

    @Option(names = "--pool", defaultValue = "16", description = "connections to PostgreSQL at most (default ${DEFAULT-VALUE})")
    private int pool;

    @Option(names = "--report-threads", defaultValue = "" + Service.REPORT_THREADS, paramLabel = "N",
            description = "threads that work the KPI and experiment reports out again in the background after a write,"
                    + " one creditor at a time each (default ${DEFAULT-VALUE})")
    private int reportThreads;

    @Option(names = "--max-request-mb", defaultValue = "64",
            description = "larger request bodies are refused with 413 (default ${DEFAULT-VALUE} MiB: a zipped folder)")
    private int maxRequestMb;

    @Option(names = "--rate-limit", defaultValue = "1000",
            description = "requests per second per API key (default ${DEFAULT-VALUE}; twice as many may come at once)")
    private int rateLimit;

    @Option(names = "--allow-local-webhooks",
            description = "accept webhook endpoints at http://127.0.0.1 or http://localhost (testing; otherwise https only)")
    private boolean allowLocalWebhooks;

    @Option(names = "--workflow", paramLabel = "FILE", description = "run this workflow's daily process on schedule")
    private Path workflow;

    @Option(names = "--experiments", paramLabel = "FILE",
            description = "the creditor's experiments at the workflow's stages (with --workflow; see examples/experiments)")
    private Path experiments;

    @Option(names = "--settings", paramLabel = "FILE", description = "channels, retries and schedule (with --workflow)")
    private Path settings;

    @Option(names = "--business", paramLabel = "FILE", description = "the creditor's business.properties (with --workflow)")
    private Path business;

    @Option(names = "--data", paramLabel = "DIR", description = "a data folder to import before each day's run (with --workflow)")
    private Path data;

    @Option(names = "--demo", description = "first look: a fresh store (--db, else a temporary file) with a simulated"
            + " creditor behind months of daily runs; its API key and the dashboard's address are printed once")
    private boolean demo;

    @Option(names = "--demo-customers", defaultValue = "1000", paramLabel = "N",
            description = "customers of the --demo creditor (default ${DEFAULT-VALUE})")
    private int demoCustomers;

    @Option(names = "--demo-days", defaultValue = "60", paramLabel = "N",
            description = "simulated days of daily runs behind the --demo creditor, up to yesterday (default ${DEFAULT-VALUE})")
    private int demoDays;

    @Option(names = "--demo-workflow", defaultValue = "examples/workflows/se-telecom.yaml", paramLabel = "FILE",
            description = "the --demo creditor's workflow (default ${DEFAULT-VALUE})")
    private Path demoWorkflow;

    @Mixin
    private StoreOptions store;

    @Mixin
    private PolicyOptions policy;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        Secret adminKey;
        ApiSettings api;
        DemoSetup first;
        try {
            if (demo && workflow != null) {
                throw new IllegalArgumentException("--demo runs its creditor on the service's own schedule: leave out --workflow");
            }
            if (experiments != null && workflow == null) {
                throw new IllegalArgumentException("--experiments goes with --workflow; the service's creditors upload"
                        + " theirs (PUT /v1/experiments/definitions)");
            }
            first = demo ? DemoSetup.of(store.db, demoWorkflow, demoCustomers, demoDays) : null;
            adminKey = EnvironmentSecret.read(System.getenv(), ADMIN_KEY);
            if (demo && adminKey.isEmpty()) {
                adminKey = Secret.of(DemoSetup.randomKey());
                out.println("administrator's key (shown once; set " + ADMIN_KEY + " to choose it): " + adminKey.reveal());
            }
            if (adminKey.isEmpty() || adminKey.reveal().length() < MIN_ADMIN_KEY) {
                throw new IllegalArgumentException(ADMIN_KEY + " must hold the administrator's key, at least "
                        + MIN_ADMIN_KEY + " characters (e.g. from `openssl rand -hex 32`)");
            }
            api = new ApiSettings(bind, port, maxRequestMb * 1024L * 1024L, rateLimit, 2 * rateLimit);
            policy.exploration();
            policy.coldStart();
            if (pool < 1) {
                throw new IllegalArgumentException("--pool must be at least 1");
            }
            if (reportThreads < 1 || reportThreads >= pool) {
                throw new IllegalArgumentException("--report-threads must be at least 1 and below --pool (each holds a"
                        + " connection while at work), was " + reportThreads);
            }
        } catch (RuntimeException e) {
            return CommandErrors.report(err, "serve", e, store.verbose);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch apiClosed = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        try (Service service = Service.open(first != null ? first.url() : store.db,
                EnvironmentSecret.read(System.getenv(), StoreOptions.DB_PASSWORD), pool, reportThreads, adminKey,
                policy.decisions(),
                first != null ? first.runSettings(RunSettings.read(settings)) : RunSettings.read(settings),
                WebhookSettings.DEFAULT.allowingLocalHttp(allowLocalWebhooks), clock);
             ApiServer server = ApiServer.start(service, api)) {
            if (first != null) {
                first.setUp(service, out, "http://" + bind + ":" + server.port());
            }
            ApiServer.prepareReports(service);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.set(true);
                server.close(); // stop taking requests first; those in flight finish (10 s at most)
                apiClosed.countDown();
                try {
                    stopped.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            Thread webhooks = deliverWebhooks(service, err, stop);
            out.println("serving the API on http://" + bind + ":" + server.port() + " (OpenAPI at /openapi.json);"
                    + " stop with Ctrl-C");
            out.flush();
            if (workflow != null) {
                int code = schedule(out, err, clock, stop);
                awaitStopped(apiClosed, stop);
                return code;
            }
            RunSettings run = service.runSettings();
            out.println("the daily process of every creditor with a workflow runs at " + run.serveAt()
                    + " UTC, dispatch every " + run.dispatchEvery().toMinutes() + " min");
            out.flush();
            new ServeLoop(clock, d -> Thread.sleep(Math.min(d.toMillis(), 1000)), run.serveAt(), run.dispatchEvery())
                    .serve(service.schedule(new PrintedProgress(out), (step, e) -> {
                        err.println("serve: " + step + " failed, trying again later: " + e.getMessage());
                        err.flush();
                    }), null, stop::get);
            awaitStopped(apiClosed, stop);
            return 0;
        } catch (RuntimeException e) {
            return CommandErrors.report(err, "serve", e, store.verbose);
        } finally {
            stopped.countDown();
        }
    }

    /** After a stop signal, the store stays open until the requests in flight are done with it. */
    private static void awaitStopped(CountDownLatch apiClosed, AtomicBoolean stop) {
        if (!stop.get()) {
            return;
        }
        try {
            apiClosed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Delivers the webhook outboxes every {@link #WEBHOOK_PASS_EVERY_MS} ms until stopped. */
    private static Thread deliverWebhooks(Service service, PrintWriter err, AtomicBoolean stop) {
        Thread thread = new Thread(() -> {
            while (!stop.get()) {
                service.deliverWebhooks((step, e) -> {
                    err.println("serve: " + step + " failed, trying again later: " + e.getMessage());
                    err.flush();
                });
                try {
                    Thread.sleep(WEBHOOK_PASS_EVERY_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "webhook-delivery");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The old single-creditor schedule: the daily process of --workflow on its own connection. */
    private int schedule(PrintWriter out, PrintWriter err, Clock clock, AtomicBoolean stop) {
        ProcessOptions options = new ProcessOptions();
        options.workflow = workflow;
        options.experiments = experiments;
        options.settings = settings;
        options.business = business;
        policy.exploration();
        policy.coldStart();
        try (ProcessOptions.Loaded loaded = options.load(data);
             Database database = Database.open(store.db, store.creditorOf(data),
                     EnvironmentSecret.read(System.getenv(), StoreOptions.DB_PASSWORD)).claimFor("serve")) {
            ProcessSetup setup = loaded.setup();
            RunDunningDay daily = Engine.on(database, clock).dunningDay(setup.daily(), loaded.economics(),
                    policy.decisions(), ImportCommand.progressFor(err), new PrintedProgress(out));
            out.println("the daily process runs at " + setup.settings().serveAt() + " UTC, dispatch every "
                    + setup.settings().dispatchEvery().toMinutes() + " min");
            out.flush();
            new ServeLoop(clock, d -> Thread.sleep(d.toMillis()), setup.settings().serveAt(),
                    setup.settings().dispatchEvery()).serve(new ServeLoop.Work() {
                        @Override
                        public void runDay(LocalDate day) {
                            daily.runDay(day, data);
                        }

                        @Override
                        public void dispatch(LocalDate day) {
                            daily.dispatch(day);
                        }

                        @Override
                        public void failed(String step, RuntimeException e) {
                            err.println("serve: " + step + " failed, trying again later: " + e.getMessage());
                            err.flush();
                        }
                    }, null, stop::get);
            return 0;
        }
    }
}
