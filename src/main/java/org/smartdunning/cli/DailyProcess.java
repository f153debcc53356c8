package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.smartdunning.channels.DispatchOutbox;
import org.smartdunning.channels.DispatchReport;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.ingest.ImportCreditorFolder;
import org.smartdunning.ingest.csv.CsvCreditorFolderSource;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.Exploration;
import org.smartdunning.policy.LearningPolicy;
import org.smartdunning.store.Database;
import org.smartdunning.store.HistoryStore;
import org.smartdunning.store.JdbcInvoiceBalances;
import org.smartdunning.store.JdbcDunningDayStore;
import org.smartdunning.store.JdbcOutbox;
import org.smartdunning.workflow.DailyPlan;
import org.smartdunning.workflow.InvoiceBalances;
import org.smartdunning.workflow.PlanDunningDay;
import org.smartdunning.workflow.PolicyStageDecider;
import org.smartdunning.workflow.StageRun;
import org.smartdunning.workflow.WithdrawSettledOrHeld;

/**
 * One day of the dunning process, shared by {@code run}, {@code serve} and {@code simulate}:
 * plan every stage due (decisions included) and commit the plan in one transaction, then
 * dispatch the outbox.
 */
final class DailyProcess {
    /** What a day did. */
    record DayResult(DailyPlan plan, DispatchReport dispatch) {
    }

    private final Database database;
    private final ProcessSetup setup;
    private final BusinessSettings business;
    private final DayModels models;
    private final Exploration exploration;
    private final ColdStartExploration coldStart;
    private final InvoiceBalances balances;
    private final Clock clock;
    private final PrintWriter out;

    DailyProcess(Database database, ProcessSetup setup, BusinessSettings business, DayModels models,
                 Exploration exploration, ColdStartExploration coldStart, InvoiceBalances balances, Clock clock,
                 PrintWriter out) {
        this.database = database;
        this.setup = setup;
        this.business = business;
        this.models = models;
        this.exploration = exploration;
        this.coldStart = coldStart;
        this.balances = balances;
        this.clock = clock;
        this.out = out;
    }

    /** The process on a store's history, with the options of {@code run} and {@code serve}. */
    static DailyProcess onStore(Database database, ProcessSetup setup, BusinessSettings business, PolicyOptions policy,
                                Clock clock, PrintWriter out) {
        return new DailyProcess(database, setup, business, new DayModels(database, clock, out, policy.seed,
                setup.settings().retrainDays()), policy.exploration(), policy.coldStart(), new JdbcInvoiceBalances(database), clock,
                out);
    }

    /**
     * The day on the store's history, after importing the creditor's latest export when {@code data}
     * is given (a rejected folder stops the run).
     */
    DayResult runDay(LocalDate day, HistoryStore store, Path data, PrintWriter err) {
        if (data != null) {
            out.println(new ImportCreditorFolder(new CsvCreditorFolderSource(), store, ImportCommand.progressFor(err))
                    .run(data).summary());
        }
        return runDay(day, store.loadHistory());
    }

    DayResult runDay(LocalDate day, CreditorHistory history) {
        RunStats phase = new RunStats();
        OutcomeModel model = models.forDay(history, day, business);
        JdbcDunningDayStore store = new JdbcDunningDayStore(database);
        PlanDunningDay planner = new PlanDunningDay(setup.workflow(), setup.laws(), setup.charges(),
                new PolicyStageDecider(new LearningPolicy(DecidingModel.of(model, coldStart), business, exploration,
                        OutcomeModels.reference(model, business), coldStart)),
                setup.settings().catchUpDays(), clock);
        DailyPlan plan = planner.plan(day, history, store.stagesDone(), store.holds());
        store.commit(plan, clock.instant());
        out.printf(Locale.ROOT, "%s: planned in %.1f s: %s%n", day, phase.seconds(), summary(plan));
        DispatchReport report = dispatch(day);
        out.printf(Locale.ROOT, "%s: dispatched: %s%n", day, report);
        return new DayResult(plan, report);
    }

    /** Delivers what the outbox holds now (new messages, retries due, messages left in doubt by a crash). */
    DispatchReport dispatch(LocalDate day) {
        JdbcDunningDayStore store = new JdbcDunningDayStore(database);
        return new DispatchOutbox(new JdbcOutbox(database, clock), setup.channels(), setup.renderer(),
                new WithdrawSettledOrHeld(balances, store::holds), setup.settings().retry(), clock).dispatch(day);
    }

    private static String summary(DailyPlan plan) {
        Map<DunningAction, Integer> acted = new EnumMap<>(DunningAction.class);
        int closed = 0;
        for (StageRun r : plan.stageRuns()) {
            if (r.action() != null) {
                acted.merge(r.action(), 1, Integer::sum);
            } else {
                closed++;
            }
        }
        long skipped = plan.audit().stream().filter(a -> a.event() == org.smartdunning.audit.AuditEvent.SKIPPED).count();
        StringBuilder line = new StringBuilder();
        acted.forEach((a, n) -> line.append(a.key()).append(' ').append(n).append(", "));
        return line.append("stopped ").append(skipped).append(" (holds, inquiries, law), passed over ").append(closed)
                .append(", messages queued ").append(plan.messages().size()).toString();
    }
}
