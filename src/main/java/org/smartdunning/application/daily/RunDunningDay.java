package org.smartdunning.application.daily;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.Stopwatch;
import org.smartdunning.application.folder.LoadFolder;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.application.port.CreditorStore;
import org.smartdunning.channels.DispatchOutbox;
import org.smartdunning.channels.DispatchReport;
import org.smartdunning.channels.Outbox;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.application.train.TrainModels;
import org.smartdunning.application.webhooks.DayEvents;
import org.smartdunning.application.webhooks.PublishWebhookEvent;
import org.smartdunning.application.webhooks.PublishingOutbox;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.Exploration;
import org.smartdunning.policy.LearningPolicy;
import org.smartdunning.policy.ReferencePolicy;
import org.smartdunning.workflow.DailyPlan;
import org.smartdunning.workflow.DunningDayStore;
import org.smartdunning.workflow.Experiments;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.InvoiceBalances;
import org.smartdunning.workflow.PlanDunningDay;
import org.smartdunning.workflow.PolicyStageDecider;
import org.smartdunning.workflow.StageRun;
import org.smartdunning.workflow.WithdrawSettledOrHeld;

/**
 * One day of the dunning process, shared by {@code run}, {@code serve} and the simulation:
 * plan every stage due (decisions included) and commit the plan in one transaction, then
 * dispatch the outbox. The day's decisions, messages sent and failures are published as webhook
 * events to the creditor's endpoints that want them.
 */
public final class RunDunningDay {
    private final DunningDayStore store;
    private final CreditorHistoryStore history;
    private final LoadFolder loader;
    private final Outbox outbox;
    private final InvoiceBalances balances;
    private final DailySetup setup;
    private final BusinessSettings business;
    private final DayModels models;
    private final DecisionSettings deciding;
    private final Clock clock;
    private final DayListener listener;
    private final PublishWebhookEvent webhooks;
    /** The last day's planning, kept to plan it again with other experiments. */
    private Function<Experiments, DailyPlan> lastDay;

    /**
     * @param balances what is still unpaid, to withdraw messages of settled invoices (the store's, or
     *                 the simulated world's)
     * @param loader   imports the creditor's latest export before a day that names one
     */
    public RunDunningDay(CreditorStore store, InvoiceBalances balances, LoadFolder loader, DailySetup setup,
                         BusinessSettings business, DayModels models, DecisionSettings deciding, Clock clock,
                         DayListener listener) {
        this.store = store.dunningDays();
        this.history = store.history();
        this.loader = loader;
        this.outbox = store.outbox(clock);
        this.balances = balances;
        this.setup = setup;
        this.business = business;
        this.models = models;
        this.deciding = deciding;
        this.clock = clock;
        this.listener = listener;
        this.webhooks = new PublishWebhookEvent(store.webhooks(), clock);
    }

    /**
     * The day on the store's history, after importing the creditor's latest export when {@code data}
     * is given (a rejected folder stops the run).
     */
    public DayResult runDay(LocalDate day, Path data) {
        if (data != null) {
            loader.importFolder(data);
        }
        return runDay(day, history.loadHistory());
    }

    public DayResult runDay(LocalDate day, CreditorHistory history) {
        Stopwatch phase = new Stopwatch();
        OutcomeModel model = models.forDay(history, day, business);
        DecidingModel decidingModel = DecidingModel.of(model, deciding.coldStart());
        ReferencePolicy reference = TrainModels.reference(model, business);
        Map<InvoiceId, List<StageRun>> done = store.stagesDone();
        List<Hold> holds = store.holds();
        lastDay = experiments -> planner(decidingModel, reference, experiments).plan(day, history, done, holds);
        DailyPlan plan = planner(decidingModel, reference, setup.experiments()).plan(day, history, done, holds);
        store.commit(plan, clock.instant());
        // published after the commit: an event never announces a decision that was rolled back
        webhooks.publish(DayEvents.decisions(plan, clock.instant()));
        listener.planned(day, plan, phase.seconds());
        return new DayResult(plan, dispatch(day));
    }

    /**
     * Plans the last day run again from the same history, stages done, holds and model, with {@code experiments} in
     * place of the setup's, committing and sending nothing: what another draw of an experiment would have done
     * (a simulation's truth). Exploration starts afresh, so the day run is not disturbed.
     *
     * @throws IllegalStateException before the first day run
     */
    public DailyPlan planLastDayAgain(Experiments experiments) {
        if (lastDay == null) {
            throw new IllegalStateException("no day has been run yet");
        }
        return lastDay.apply(experiments);
    }

    private PlanDunningDay planner(DecidingModel decidingModel, ReferencePolicy reference, Experiments experiments) {
        return new PlanDunningDay(setup.workflow(), experiments, setup.laws(), setup.charges(),
                new PolicyStageDecider(new LearningPolicy(decidingModel, business, deciding.exploration(), reference,
                        deciding.coldStart()), new LearningPolicy(decidingModel, business, Exploration.NONE, reference,
                        ColdStartExploration.OFF)),
                setup.catchUpDays(), clock);
    }

    /** Delivers what the outbox holds now (new messages, retries due, messages left in doubt by a crash). */
    public DispatchReport dispatch(LocalDate day) {
        PublishingOutbox noting = new PublishingOutbox(outbox, clock);
        DispatchReport report;
        try {
            report = new DispatchOutbox(noting, setup.channels(), setup.renderer(),
                    new WithdrawSettledOrHeld(balances, store::holds), setup.retry(), clock).dispatch(day);
        } finally {
            // what was settled before a failure still gets its events
            webhooks.publish(noting.drain());
        }
        listener.dispatched(day, report);
        return report;
    }
}
