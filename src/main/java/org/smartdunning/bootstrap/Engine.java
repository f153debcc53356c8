package org.smartdunning.bootstrap;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.daily.DailySetup;
import org.smartdunning.application.daily.DayListener;
import org.smartdunning.application.daily.DayModels;
import org.smartdunning.application.daily.RunDunningDay;
import org.smartdunning.application.decide.DecideFolder;
import org.smartdunning.application.decide.DecideListener;
import org.smartdunning.application.decide.PublishDecisions;
import org.smartdunning.application.experiments.AnalyseExperiments;
import org.smartdunning.application.folder.FolderListener;
import org.smartdunning.application.folder.LoadFolder;
import org.smartdunning.application.holds.ListHolds;
import org.smartdunning.application.holds.PlaceHold;
import org.smartdunning.application.holds.ReleaseHold;
import org.smartdunning.application.kpi.MeasureKpis;
import org.smartdunning.application.port.CreditorStore;
import org.smartdunning.application.port.DataFolders;
import org.smartdunning.application.port.ReportCache;
import org.smartdunning.application.report.WriteMonthlyReport;
import org.smartdunning.application.scorecard.MeasureScorecard;
import org.smartdunning.application.simulate.KeepSimulation;
import org.smartdunning.application.simulate.SimulateDays;
import org.smartdunning.application.simulate.SimulationListener;
import org.smartdunning.application.simulate.SimulationRecorder;
import org.smartdunning.application.train.AssessListener;
import org.smartdunning.application.train.ExportModel;
import org.smartdunning.application.train.TrainAndAssess;
import org.smartdunning.application.train.TrainListener;
import org.smartdunning.application.train.TrainModels;
import org.smartdunning.application.webhooks.DeliverWebhooks;
import org.smartdunning.application.webhooks.DeliveryListener;
import org.smartdunning.application.webhooks.DisableWebhookEndpoint;
import org.smartdunning.application.webhooks.ListWebhookEndpoints;
import org.smartdunning.application.webhooks.PublishWebhookEvent;
import org.smartdunning.application.webhooks.RegisterWebhookEndpoint;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.FolderCreditor;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.ingest.files.ContractFolderSource;
import org.smartdunning.models.EngineBuild;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.models.archive.ModelArchive;
import org.smartdunning.models.xgboost.XgboostTrainer;
import org.smartdunning.report.pdf.PdfMonthlyReport;
import org.smartdunning.store.Database;
import org.smartdunning.webhooks.http.HttpWebhookSender;
import org.smartdunning.workflow.InvoiceBalances;

/**
 * The use cases on one creditor's open store, wired with their adapters: the JDBC store, the data
 * folder's files and the XGBoost learner. The doors ask it for a use case, call it and render the
 * result; the store stays theirs to open, claim and close.
 */
public final class Engine {
    private final CreditorStore store;
    private final TreeTrainer trainer;
    private final DataFolders folders;
    private final Clock clock;
    /** Endpoint ids and secrets must be unguessable: the platform's strong source, seeded by itself. */
    private static final SecureRandom SECRETS = new SecureRandom();

    /** Where KPI and experiment reports are kept until the facts change; nothing is kept by default. */
    private final ReportCache reports;

    private Engine(CreditorStore store, TreeTrainer trainer, DataFolders folders, Clock clock, ReportCache reports) {
        this.store = store;
        this.trainer = trainer;
        this.folders = folders;
        this.clock = clock;
        this.reports = reports;
    }

    /** These use cases keeping their KPI and experiment reports in {@code kept} until the creditor's facts change. */
    public Engine keepingReports(ReportCache kept) {
        return new Engine(store, trainer, folders, clock, kept);
    }

    /** The use cases on an open store, on the clock given. */
    public static Engine on(Database database, Clock clock) {
        return on(database, clock, learner());
    }

    /**
     * The same with boosters trained by another front end of the same library (XGBoost4J-Spark on a cluster),
     * whose models the engine's learner reads back.
     */
    public static Engine on(Database database, Clock clock, TreeTrainer trainer) {
        return new Engine(new JdbcCreditorStore(database, trainer), trainer, new FolderFiles(), clock, ReportCache.NONE);
    }

    /** This engine's build: its version and the commit it was built from. */
    public static EngineBuild build() {
        return BuildProperties.current();
    }

    /** The learner of the outcome models. */
    public static TreeTrainer learner() {
        return new XgboostTrainer();
    }

    /**
     * A learned model read back from its archive (as {@link ExportModel} gives it) around its history-rules
     * fallback, as the store reads a saved model: a Spark task's copy of the model its driver trained.
     */
    public static LearnedOutcomeModel readModel(byte[] archive, HistoryRulesModel fallback, int churnWindowMonths) {
        return ModelArchive.read(archive, learner(), fallback, churnWindowMonths);
    }

    /** The creditor a data folder belongs to: its creditor file, which must agree with {@code named} when given. */
    public static CreditorId folderCreditor(Path data, Optional<CreditorId> named) {
        return FolderCreditor.of(new ContractFolderSource(), data, named);
    }

    /**
     * The scorecard over the working folder {@code dir}: a fresh embedded store per world × seed.
     *
     * @param logs the door's rendering of each cell's decide job into its decide.log
     */
    public static MeasureScorecard scorecard(Path dir, Clock clock, DecisionSettings deciding,
                                             Function<PrintWriter, DecideListener> logs) {
        TreeTrainer trainer = learner();
        return new MeasureScorecard(new ScorecardFolder(dir, trainer, logs), new FolderFiles(), trainer,
                build(), clock, deciding);
    }

    public LoadFolder loadFolder(ImportProgress progress, FolderListener listener) {
        return new LoadFolder(folders, store.history(), progress, listener);
    }

    public TrainModels trainModels(TrainListener listener) {
        return new TrainModels(store.models(), trainer, build(), clock, listener);
    }

    /** Saved models read out whole: provenance, archive and metrics. */
    public ExportModel exportModel() {
        return new ExportModel(store.models());
    }

    public TrainAndAssess trainAndAssess(ImportProgress progress, AssessListener listener) {
        return new TrainAndAssess(loadFolder(progress, listener), trainModels(listener), folders, listener);
    }

    /** Decisions made on another store of the creditor (a Spark task's), kept in this one with their model. */
    public PublishDecisions publishDecisions() {
        return new PublishDecisions(store.decidedElsewhere());
    }

    public DecideFolder decideFolder(DecisionSettings deciding, ImportProgress progress, DecideListener listener) {
        return new DecideFolder(loadFolder(progress, listener), trainModels(listener), store.decisions(), folders, clock,
                deciding, listener);
    }

    /** The daily process on the store's history and balances. */
    public RunDunningDay dunningDay(DailySetup setup, BusinessSettings business, DecisionSettings deciding,
                                    ImportProgress progress, DayListener listener) {
        return dunningDay(setup, business, deciding, progress, listener, clock, store.balances());
    }

    /** The daily process over a live synthetic world, on the simulation's own clock. */
    public SimulateDays simulateDays(DailySetup setup, BusinessSettings business, DecisionSettings deciding,
                                     SimulationListener listener) {
        return new SimulateDays((simulated, balances) -> dunningDay(setup, business, deciding, ImportProgress.NONE,
                listener, simulated, balances), store.audit(), deciding.seed(), listener, setup.experiments());
    }

    /** Keeps a simulated world's facts in the store at the end, so {@code kpis} and {@code experiments} read them. */
    public SimulationRecorder keepSimulatedFacts() {
        return KeepSimulation.factsOnly(store.history());
    }

    private RunDunningDay dunningDay(DailySetup setup, BusinessSettings business, DecisionSettings deciding,
                                     ImportProgress progress, DayListener listener, Clock on, InvoiceBalances balances) {
        DayModels models = new DayModels(store.models(),
                new TrainModels(store.models(), trainer, build(), on, listener), listener,
                deciding, setup.retrainDays());
        return new RunDunningDay(store, balances, loadFolder(progress, listener), setup, business, models, deciding, on,
                listener);
    }

    public PlaceHold placeHold() {
        return new PlaceHold(store.holds(), publishWebhookEvent());
    }

    public ReleaseHold releaseHold() {
        return new ReleaseHold(store.holds(), publishWebhookEvent());
    }

    public ListHolds listHolds() {
        return new ListHolds(store.holds());
    }

    /** The KPIs of a period from what the store says happened, valued with the creditor's economics. */
    public MeasureKpis measureKpis(BusinessSettings business) {
        return new MeasureKpis(store.kpiFacts(), business, reports);
    }

    /** The creditor's experiments analysed from what the store says happened, valued with its economics. */
    public AnalyseExperiments analyseExperiments(BusinessSettings business) {
        return new AnalyseExperiments(store.kpiFacts(), business, reports);
    }

    /** The credit manager's monthly report as PDF: KPIs and their trend, what changed, and the experiments. */
    public WriteMonthlyReport writeMonthlyReport(BusinessSettings business) {
        return new WriteMonthlyReport(measureKpis(business), analyseExperiments(business), new PdfMonthlyReport());
    }

    /** Registers endpoints; plain http to this machine only when {@code settings} allow it. */
    public RegisterWebhookEndpoint registerWebhookEndpoint(WebhookSettings settings) {
        return new RegisterWebhookEndpoint(store.webhooks(), settings.allowLocalHttp(), clock, SECRETS);
    }

    public ListWebhookEndpoints listWebhookEndpoints() {
        return new ListWebhookEndpoints(store.webhooks());
    }

    public DisableWebhookEndpoint disableWebhookEndpoint() {
        return new DisableWebhookEndpoint(store.webhooks(), clock);
    }

    /** Queues an event for the creditor's endpoints, e.g. {@code invoice.settled} when a payment settles an invoice. */
    public PublishWebhookEvent publishWebhookEvent() {
        return new PublishWebhookEvent(store.webhooks(), clock);
    }

    /** A delivery pass over the creditor's webhook outbox, over HTTP. */
    public DeliverWebhooks deliverWebhooks(WebhookSettings settings, DeliveryListener listener) {
        return new DeliverWebhooks(store.webhooks(), new HttpWebhookSender(settings.connectTimeout(),
                settings.requestTimeout()), settings.backoff(), settings.lease(), clock, listener);
    }
}
