package org.smartdunning.bootstrap;

import java.time.Clock;
import java.nio.file.Path;
import java.time.LocalDate;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.daily.DayListener;
import org.smartdunning.application.daily.DayResult;
import org.smartdunning.application.daily.RunDunningDay;
import org.smartdunning.application.daily.TriggerDayRun;
import org.smartdunning.application.simulate.KeepSimulation;
import org.smartdunning.application.simulate.SimulationListener;
import org.smartdunning.application.simulate.SimulationResult;
import org.smartdunning.world.WorldParameters;
import org.smartdunning.application.port.DayRunLog;
import org.smartdunning.application.webhooks.RegisterWebhookEndpoint;
import org.smartdunning.application.privacy.ErasePersonalData;
import org.smartdunning.application.privacy.PersonalData;
import org.smartdunning.application.timeline.ReadInvoiceTimeline;
import org.smartdunning.store.JdbcInvoiceTimeline;
import org.smartdunning.store.JdbcPersonalData;
import org.smartdunning.application.port.ModelCatalog;
import org.smartdunning.application.train.TrainListener;
import org.smartdunning.application.train.TrainOnStore;
import org.smartdunning.application.port.WorkflowBook;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.store.JdbcDayRuns;
import org.smartdunning.store.JdbcWorkflowBook;
import org.smartdunning.application.decide.PreviewDecisions;
import org.smartdunning.application.decide.PreviewSnapshot;
import org.smartdunning.application.events.RecordBillingEvent;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.application.port.IdempotencyBook;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcBillingEvents;
import org.smartdunning.store.JdbcHolds;
import org.smartdunning.store.JdbcIdempotency;
import org.smartdunning.workflow.HoldScope;

/** The use cases of one creditor on a store borrowed for one request. */
public final class CreditorService {
    /** The name an uploaded experiments file has in its problems (file:line:column). */
    public static final String EXPERIMENTS_FILE = "experiments.yaml";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private final Database database;
    private final Clock clock;
    private final Engine engine;
    /** The store's ports, for the use cases the service adds to the engine's. */
    private final JdbcCreditorStore store;
    private final DecisionSettings deciding;
    private final PreviewSnapshots previews;
    private final RunSettings runSettings;
    private final WebhookSettings webhooks;
    private final KeptReports reports;

    CreditorService(Database database, Clock clock, DecisionSettings deciding, PreviewSnapshots previews,
                    RunSettings runSettings, WebhookSettings webhooks, KeptReports reports) {
        this.webhooks = webhooks;
        this.reports = reports;
        this.runSettings = runSettings.ofCreditor(database.creditor().value());
        this.database = database;
        this.clock = clock;
        this.engine = Engine.on(database, clock).keepingReports(reports.of(database.creditor()));
        this.store = new JdbcCreditorStore(database, Engine.learner());
        this.deciding = deciding;
        this.previews = previews;
    }

    /** Previews of today's decisions, on a snapshot fresh enough to know {@code invoice} (null: any). */
    public PreviewDecisions previews(InvoiceId invoice) {
        return new PreviewDecisions(previews.of(database.creditor(), invoice, this::previewSnapshot));
    }

    /** Loads what previews are computed from again and puts it in place of the aged one. */
    void reloadPreviews() {
        previews.replace(database.creditor(), previewSnapshot());
    }

    private PreviewSnapshot previewSnapshot() {
        return PreviewSnapshot.load(store.history(), store.models(), BusinessSettings.DEFAULTS, deciding, clock);
    }

    /** The creditor's uploaded workflows. */
    public WorkflowBook workflows() {
        return new JdbcWorkflowBook(database);
    }

    /** The workflow the schedule runs (the newest upload), read as a run reads it; empty when none was uploaded. */
    public java.util.Optional<org.smartdunning.workflow.Workflow> currentWorkflow() {
        return workflows().current().map(w -> ProcessSetup.check("workflow.yaml", w.text()));
    }

    /**
     * Checks an uploaded workflow as its runs will load it: format, the country's law, and every
     * stage's template with the service's templates; throws WorkflowRejectedException naming file:line:column.
     */
    public void checkWorkflow(String fileName, String text) {
        org.smartdunning.workflow.Workflow workflow = ProcessSetup.check(fileName, text, runSettings);
        // the experiments in force must still run with the new workflow
        experimentFiles().current().ifPresent(e -> ProcessSetup.checkExperiments(EXPERIMENTS_FILE, e.text(), workflow,
                runSettings));
    }

    /** The creditor's uploaded experiments files. */
    public WorkflowBook experimentFiles() {
        return JdbcWorkflowBook.experiments(database);
    }

    /**
     * Checks an uploaded experiments file against the workflow in force, as its runs will load it; throws
     * ExperimentsRejectedException naming file:line:column, or NoWorkflowException when there is no workflow yet.
     */
    public void checkExperiments(String fileName, String text) {
        org.smartdunning.workflow.Workflow workflow = currentWorkflow()
                .orElseThrow(TriggerDayRun.NoWorkflowException::new);
        ProcessSetup.checkExperiments(fileName, text, workflow, runSettings);
    }

    /** The newest experiments file's text, null when none was uploaded. */
    private String currentExperiments() {
        return experimentFiles().current().map(WorkflowBook.StoredWorkflow::text).orElse(null);
    }

    /** The daily runs the service started for the creditor. */
    public DayRunLog dayRuns() {
        return new JdbcDayRuns(database);
    }

    /**
     * Runs one day of the creditor's process on its current workflow, with the service's channels;
     * letters and agency hand-offs go to the creditor's own folders ({@code out/letters/ID}, {@code out/agency/ID}).
     */
    public TriggerDayRun triggerDayRun(DayListener listener) {
        return new TriggerDayRun(workflows(), dayRuns(), text -> {
            ProcessSetup setup = ProcessSetup.of("workflow.yaml", text, EXPERIMENTS_FILE, currentExperiments(),
                    runSettings);
            RunDunningDay daily = engine.dunningDay(setup.daily(), BusinessSettings.DEFAULTS, deciding,
                    ImportProgress.NONE, listener);
            return new TriggerDayRun.Process() {
                @Override
                public DayResult runDay(LocalDate day) {
                    return daily.runDay(day, (Path) null);
                }

                @Override
                public void dispatch(LocalDate day) {
                    daily.dispatch(day);
                }

                @Override
                public void close() {
                    setup.close();
                }
            };
        }, clock);
    }

    /**
     * Lives a synthetic world through the creditor's current workflow day by day, with the service's
     * channels, and keeps the world's facts in the store so its pages and KPIs show them.
     */
    public SimulationResult simulate(WorldParameters world, int customers, LocalDate from, LocalDate to,
                                     SimulationListener listener) {
        WorkflowBook.StoredWorkflow workflow = workflows().current()
                .orElseThrow(() -> new IllegalStateException("no workflow uploaded"));
        try (ProcessSetup setup = ProcessSetup.of("workflow.yaml", workflow.text(), EXPERIMENTS_FILE,
                currentExperiments(), runSettings)) {
            return engine.simulateDays(setup.daily(), BusinessSettings.DEFAULTS, deciding, listener).run(world, customers,
                    from, to, new KeepSimulation(store.history(), dayRuns(), workflow.version()));
        }
    }

    /** Trains the creditor's models on its store; previews use them from now on. */
    public TrainOnStore trainOnStore(TrainListener listener) {
        return new TrainOnStore(store.history(), engine.trainModels(listener), clock);
    }

    /** The creditor's saved models and their figures. */
    public ModelCatalog models() {
        return store.models();
    }

    /** How this service decides: seed and exploration. */
    public DecisionSettings deciding() {
        return deciding;
    }

    /** An invoice's timeline: stages, decisions, messages, holds, payments and audit lines. */
    public ReadInvoiceTimeline timeline() {
        return new ReadInvoiceTimeline(new JdbcInvoiceTimeline(database));
    }

    /** A customer's personal data, for export. */
    public PersonalData personalData() {
        return new JdbcPersonalData(database);
    }

    /** Erases a customer's personal data; the financial facts stay under a random pseudonym. */
    public ErasePersonalData erasePersonalData() {
        return new ErasePersonalData(new JdbcPersonalData(database), RANDOM);
    }

    /** Registers a webhook endpoint with the service's rules (https; http to this machine when allowed). */
    public RegisterWebhookEndpoint registerWebhookEndpoint() {
        return engine.registerWebhookEndpoint(webhooks);
    }

    /** Another command or request holds the creditor; its holder is named in the log only, not to the caller. */
    public static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException(Throwable cause) {
            super("the creditor is in use by other work", cause);
        }
    }

    /**
     * Claims the creditor for work that changes its data in bulk: one such work at a time (see Database#claimFor).
     *
     * @throws BusyException when other work holds it
     */
    public void claimFor(String work) {
        try {
            database.claimFor(work);
        } catch (org.smartdunning.store.StoreBusyException e) {
            throw new BusyException(e);
        }
    }

    /** Forgets what previews were computed from: the creditor's models or history changed in bulk. */
    public void historyOrModelsChanged() {
        previews.invalidate(database.creditor());
    }

    /**
     * A write may have moved the creditor's facts: its kept KPI and experiment reports are worked out again in the
     * background (each at most once at a time, however many writes come), and pages answer from the older ones
     * meanwhile.
     */
    public void factsChanged() {
        reports.factsChanged(database.creditor());
    }

    /** The engine's use cases (holds, training, the daily process) on this creditor's store. */
    public Engine engine() {
        return engine;
    }

    public RecordBillingEvent recordEvent() {
        return new RecordBillingEvent(new JdbcBillingEvents(database), engine.publishWebhookEvent(), clock);
    }

    /** Whether the creditor has the invoice or customer a hold would name. */
    public boolean holdTargetExists(HoldScope scope, String targetId) {
        return new JdbcHolds(database).targetExists(scope, targetId);
    }

    public Clock clock() {
        return clock;
    }

    public IdempotencyBook idempotency() {
        return JdbcIdempotency.of(database);
    }
}
