package org.smartdunning.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartdunning.application.daily.DayListener;
import org.smartdunning.application.daily.ServeLoop;
import org.smartdunning.application.webhooks.DeliveryListener;
import org.smartdunning.application.webhooks.DeliveryPass;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.access.AuthenticateKey;
import org.smartdunning.application.access.IssueApiKey;
import org.smartdunning.application.access.ListApiKeys;
import org.smartdunning.application.access.RevokeApiKey;
import org.smartdunning.application.port.ApiKeyBook;
import org.smartdunning.application.port.CreditorRegistry;
import org.smartdunning.application.port.IdempotencyBook;
import org.smartdunning.config.Secret;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcApiKeys;
import org.smartdunning.store.JdbcCreditorRegistry;
import org.smartdunning.store.JdbcIdempotency;
import org.smartdunning.store.ServiceDatabases;

/**
 * The service's use cases wired on its pooled store: access (creditors and API keys) on the base
 * schema, and everything else on a store borrowed for one creditor at a time. Safe for concurrent
 * requests; the HTTP API is its door.
 */
public final class Service implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Service.class);
    private final ServiceDatabases databases;
    private final Clock clock;
    private final ApiKeyBook keys;
    private final AuthenticateKey authenticate;
    private final SecureRandom random = new SecureRandom();
    private final DecisionSettings deciding;
    private final PreviewSnapshots previews;
    private final KeptReports reports;
    private final RunSettings runSettings;
    private final WebhookSettings webhooks;

    private Service(ServiceDatabases databases, Secret adminKey, DecisionSettings deciding, RunSettings runSettings,
                    WebhookSettings webhooks, int reportThreads, Clock clock) {
        this.reports = new KeptReports(databases::creditor, clock, reportThreads);
        this.runSettings = runSettings;
        this.webhooks = webhooks;
        this.databases = databases;
        this.clock = clock;
        this.deciding = deciding;
        this.previews = new PreviewSnapshots(clock, creditor -> reports.inBackground(creditor, "preview snapshot",
                () -> reloadPreviews(creditor)));
        this.keys = new CachedApiKeys(new JdbcApiKeys(databases));
        this.authenticate = new AuthenticateKey(keys, adminKey);
    }

    /** Opens the store at {@code url} for the service, reports refreshed on {@link #REPORT_THREADS} threads. */
    public static Service open(String url, Secret password, int poolSize, Secret adminKey, DecisionSettings deciding,
                               RunSettings runSettings, WebhookSettings webhooks, Clock clock) {
        return open(url, password, poolSize, REPORT_THREADS, adminKey, deciding, runSettings, webhooks, clock);
    }

    /**
     * Opens the store at {@code url} for the service.
     *
     * @param reportThreads the threads that work KPI and experiment reports out again after writes (at least 1;
     *                      each also holds one of the pool's connections while at work)
     */
    public static Service open(String url, Secret password, int poolSize, int reportThreads, Secret adminKey,
                               DecisionSettings deciding, RunSettings runSettings, WebhookSettings webhooks,
                               Clock clock) {
        if (reportThreads < 1) {
            throw new IllegalArgumentException("report threads must be at least 1, was " + reportThreads);
        }
        return new Service(ServiceDatabases.open(url, password, poolSize), adminKey, deciding, runSettings, webhooks,
                reportThreads, clock);
    }

    /**
     * Reports worked out again at once at most this many at a time (one per creditor), by default: two, so one
     * creditor's long refresh leaves a thread to the others while the pages keep a core.
     */
    public static final int REPORT_THREADS = 2;

    public AuthenticateKey authenticate() {
        return authenticate;
    }

    public CreditorRegistry creditors() {
        return new JdbcCreditorRegistry(databases);
    }

    public IssueApiKey issueKey() {
        return new IssueApiKey(keys, random, clock);
    }

    public RevokeApiKey revokeKey() {
        return new RevokeApiKey(keys, clock);
    }

    public ListApiKeys listKeys() {
        return new ListApiKeys(keys);
    }

    /** The administrator's answers by Idempotency-Key. */
    public IdempotencyBook adminIdempotency() {
        return JdbcIdempotency.admin(databases);
    }

    /**
     * Runs the work on the creditor's own store, borrowed for it and given back after.
     *
     * @return empty when the store has no such creditor
     */
    public <T> Optional<T> forCreditor(CreditorId creditor, Function<CreditorService, T> work) {
        Optional<Database> database = databases.creditor(creditor);
        if (database.isEmpty()) {
            return Optional.empty();
        }
        try (Database open = database.get()) {
            return Optional.ofNullable(work.apply(new CreditorService(open, clock, deciding, previews, runSettings, webhooks,
                    reports)));
        }
    }

    /** Loads the creditor's preview snapshot again on a store of its own; a failure keeps the older one. */
    private void reloadPreviews(CreditorId creditor) {
        try {
            forCreditor(creditor, service -> {
                service.reloadPreviews();
                return null;
            });
        } catch (RuntimeException e) {
            // the exception's class only: a driver may put the values it read in its message
            LOG.warn("preview snapshot reload failed creditor={} failure={}", creditor.value(), e.getClass().getName());
        }
    }

    /**
     * Works out, in the background, the reports {@code questions} ask of each creditor the store holds (the pages'
     * and the API's defaults), so the first page after a start need not wait for them. Returns at once.
     */
    public void prepareReports(Consumer<CreditorService> questions) {
        for (CreditorId creditor : creditors().all()) {
            reports.inBackground(creditor, "start", () -> forCreditor(creditor, service -> {
                questions.accept(service);
                return null;
            }));
        }
    }

    /**
     * The daily schedule of every creditor that has a workflow: its day run (logged as trigger
     * {@code schedule}) and the dispatch of retries between runs. One creditor's failure is
     * reported and does not stop the others.
     */
    public ServeLoop.Work schedule(DayListener listener, BiConsumer<String, RuntimeException> failed) {
        return new ServeLoop.Work() {
            @Override
            public void runDay(LocalDate day) {
                eachWithWorkflow("day run", failed, creditor -> {
                    creditor.claimFor("scheduled day run");
                    creditor.triggerDayRun(listener).run(day, "schedule");
                    creditor.historyOrModelsChanged();
                    creditor.factsChanged();
                });
            }

            @Override
            public void dispatch(LocalDate day) {
                eachWithWorkflow("dispatch", failed, creditor -> creditor.triggerDayRun(listener).dispatch(day));
            }

            @Override
            public void failed(String step, RuntimeException e) {
                failed.accept(step, e);
            }
        };
    }

    /**
     * One delivery pass over every creditor's webhook outbox: what is due is signed and sent, failures
     * wait for their next attempt. One creditor's failure is reported and does not stop the others.
     */
    public DeliveryPass deliverWebhooks(BiConsumer<String, RuntimeException> failed) {
        int delivered = 0;
        int retried = 0;
        int gaveUp = 0;
        for (CreditorId creditor : creditors().all()) {
            try {
                DeliveryPass pass = forCreditor(creditor, service -> service.engine()
                        .deliverWebhooks(webhooks, new DeliveryListener() { }).deliverDue()).orElseThrow();
                delivered += pass.delivered();
                retried += pass.retried();
                gaveUp += pass.failed();
            } catch (RuntimeException e) {
                failed.accept("webhook delivery of creditor '" + creditor.value() + "'", e);
            }
        }
        return new DeliveryPass(delivered, retried, gaveUp);
    }

    private void eachWithWorkflow(String step, BiConsumer<String, RuntimeException> failed,
                                  Consumer<CreditorService> work) {
        for (CreditorId creditor : creditors().all()) {
            try {
                forCreditor(creditor, service -> {
                    if (service.workflows().current().isPresent()) {
                        work.accept(service);
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                failed.accept(step + " of creditor '" + creditor.value() + "'", e);
            }
        }
    }

    /** Whether the store answers: for the readiness check. */
    public boolean ready() {
        return databases.withConnection(c -> c.isValid(2));
    }

    /** The schedule and channels every creditor's daily process uses. */
    public RunSettings runSettings() {
        return runSettings;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        reports.close();
        databases.close();
    }
}
