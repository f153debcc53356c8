package org.smartdunning.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.LateCharges;
import org.smartdunning.policy.Decision;

/**
 * The business act of one dunning day: for every open invoice, run the latest stage that fell due
 * (within the catch-up window) and was not dealt with, unless a hold, a recent invoice inquiry or
 * the law stops it. Rule stages take their first allowed, reachable action; decision stages let
 * the learned policy choose among theirs. An invoice a running experiment claims gets its arm's action (or, in
 * the holdout, the stage's own without exploration). Reads only what was known before the day.
 */
public final class PlanDunningDay {
    private final Workflow workflow;
    private final DueInvoices dueInvoices;
    private final StageSelection selection;
    private final StageExecution execution;

    public PlanDunningDay(Workflow workflow, CountryLaws laws, LateCharges charges, StageDecider decider, int catchUpDays,
                          Clock clock) {
        this(workflow, Experiments.NONE, laws, charges, decider, catchUpDays, clock);
    }

    /** The day with the creditor's experiments: an invoice an experiment claims gets its arm's action instead. */
    public PlanDunningDay(Workflow workflow, Experiments experiments, CountryLaws laws, LateCharges charges,
                          StageDecider decider, int catchUpDays, Clock clock) {
        this.workflow = workflow;
        this.dueInvoices = new DueInvoices(workflow, catchUpDays);
        this.selection = new StageSelection(workflow, experiments, catchUpDays);
        this.execution = new StageExecution(workflow, experiments, new LawfulActions(workflow, laws, charges),
                new NoticeFactory(workflow, laws, charges), decider, clock);
    }

    public DailyPlan plan(LocalDate day, CreditorHistory history, Map<InvoiceId, List<StageRun>> done, List<Hold> holds) {
        List<DueInvoice> due = dueInvoices.on(day, history, done);
        FeatureExtractor extractor = new FeatureExtractor(history);
        Map<InvoiceId, InvoiceFeatures> features = new HashMap<>();
        for (DueInvoice d : due) {
            features.put(d.invoice().id(), extractor.extract(d.invoice(), day));
        }
        PlanBuilder plan = new PlanBuilder(day, workflow.name());
        List<StageSelection.Selected> selected = selection.select(due, features, execution.decider(), plan);
        execution.execute(selected, features, history, new ActiveHolds(holds, day), plan);
        return plan.build();
    }

    /** Collects the day's stage runs, messages, audit lines, events and decisions. */
    static final class PlanBuilder {
        final LocalDate day;
        final String workflow;
        final List<StageRun> runs = new ArrayList<>();
        final List<OutboxEntry> messages = new ArrayList<>();
        final List<AuditEntry> audit = new ArrayList<>();
        final List<DunningEvent> events = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();

        PlanBuilder(LocalDate day, String workflow) {
            this.day = day;
            this.workflow = workflow;
        }

        DailyPlan build() {
            return new DailyPlan(day, workflow, runs, messages, audit, events, decisions);
        }
    }
}
