package org.smartdunning.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.audit.AuditEvent;
import org.smartdunning.audit.StopReason;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.channels.Recipient;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.policy.Decision;

/**
 * Runs the selected stages: stops at holds, inquiry pauses and the law (the stage stays pending
 * and may run on a later day of the catch-up window), takes the action, queues its message and
 * records the audit lines and the dunning event the next training learns from. An invoice a
 * running experiment claims takes its arm's action (the stage's own actions its fallbacks, the law
 * and holds as always) and is not explored: one randomisation per invoice, logged once.
 */
final class StageExecution {
    /** Experiment name on the dunning events the learned policy chose, so training weighs them by their propensity. */
    static final String POLICY_EXPERIMENT = Experiment.ENGINE;

    /** Why a due stage stops today, in plain words for the audit line. */
    private record Stop(StopReason reason, String detail) {
    }

    /** An invoice ready to act on: the stage as it runs (an arm's version of it), the lawful actions, its assignment. */
    private record Ready(StageSelection.Selected selected, Stage stage, LawfulActions.Allowed allowed,
                         Set<DunningAction> reachable, Recipient recipient, Assignment assignment) {
    }

    private final Workflow workflow;
    private final Experiments experiments;
    private final LawfulActions lawful;
    private final NoticeFactory notices;
    private final StageDecider decider;
    private final Clock clock;

    StageExecution(Workflow workflow, Experiments experiments, LawfulActions lawful, NoticeFactory notices,
                   StageDecider decider, Clock clock) {
        this.workflow = workflow;
        this.experiments = experiments;
        this.lawful = lawful;
        this.notices = notices;
        this.decider = decider;
        this.clock = clock;
    }

    StageDecider decider() {
        return decider;
    }

    void execute(List<StageSelection.Selected> selected, Map<InvoiceId, InvoiceFeatures> features,
                 CreditorHistory history, ActiveHolds holds, PlanDunningDay.PlanBuilder plan) {
        List<Ready> explored = new ArrayList<>();
        List<Ready> heldOut = new ArrayList<>();
        for (StageSelection.Selected s : selected) {
            Optional<Stop> stop = stopped(s.due(), history, holds);
            if (stop.isPresent()) {
                skipped(plan, s, stop.get());
                continue;
            }
            Assignment assigned = experiments.assign(s.stage(), s.due().customer().id(), s.facts(), plan.day).orElse(null);
            if (assigned != null && assigned.waits(s.stage(), s.due().daysAfterDue())) {
                skipped(plan, s, new Stop(StopReason.EXPERIMENT_OFFSET, assigned.describe() + " waits until day +"
                        + (s.stage().day() + assigned.arm().offsetDays())));
                continue;
            }
            Stage stage = assigned == null ? s.stage() : assigned.stageFor(s.stage());
            LawfulActions.Allowed allowed = lawful.of(s.due(), stage, history, plan.day);
            Set<DunningAction> reachable = EnumSet.noneOf(DunningAction.class);
            Recipient to = notices.recipient(s.due().customer());
            allowed.actions().stream().filter(to::canReceive).forEach(reachable::add);
            Ready ready = new Ready(s, stage, allowed, reachable, to, assigned);
            if (reachable.isEmpty() && !allowed.actions().isEmpty()) {
                // no phone, no address: waiting will not help, so the stage is closed for this invoice
                plan.runs.add(new StageRun(s.due().invoice().id(), s.stage().id(), plan.workflow, plan.day,
                        StageOutcome.NOT_APPLICABLE, null, null));
                audit(plan, s, AuditEvent.CLOSED, null, "the customer cannot be reached by "
                        + allowed.actions().stream().map(DunningAction::key).toList(), null, Double.NaN, null);
            } else if (reachable.isEmpty()) {
                skipped(plan, s, new Stop(StopReason.LAW, "the law allows none of the stage's actions today: "
                        + String.join("; ", allowed.refusals())));
            } else if (assigned != null && !assigned.holdout()) {
                DunningAction first = firstReachable(ready);
                String fellBack = assigned.arm().actions().contains(first) ? ""
                        : "; the arm's " + assigned.arm().actions().stream().sorted().map(DunningAction::key).toList()
                        + " cannot be taken, fell back to the stage's " + first.key();
                act(plan, ready, first, null, assigned.describe() + fellBack);
            } else if (s.stage().kind() == StageKind.DECISION) {
                (assigned == null ? explored : heldOut).add(ready);
            } else {
                DunningAction first = firstReachable(ready);
                act(plan, ready, first, null, assigned == null ? "first allowed action of the stage"
                        : assigned.describe() + ": first allowed action of the stage");
            }
        }
        decide(explored, features, plan, false);
        decide(heldOut, features, plan, true);
    }

    private static DunningAction firstReachable(Ready r) {
        return r.stage().actions().stream().filter(r.reachable()::contains).findFirst().orElseThrow();
    }

    /** The policy's decisions, in one batch; a holdout's without exploring, as the experiment randomised them already. */
    private void decide(List<Ready> decisions, Map<InvoiceId, InvoiceFeatures> features, PlanDunningDay.PlanBuilder plan,
                        boolean settled) {
        List<InvoiceFeatures> batch = decisions.stream().map(r -> features.get(r.selected().due().invoice().id())).toList();
        Map<InvoiceId, Set<DunningAction>> allowedBy = new HashMap<>();
        decisions.forEach(r -> allowedBy.put(r.selected().due().invoice().id(), r.reachable()));
        Iterator<Ready> ready = decisions.iterator();
        List<Decision> decided = settled ? decider.decideWithoutExploring(batch, f -> allowedBy.get(f.invoiceId()))
                : decider.decide(batch, f -> allowedBy.get(f.invoiceId()));
        for (Decision d : decided) {
            plan.decisions.add(d);
            Ready r = ready.next();
            act(plan, r, d.action(), d, r.assignment() == null ? d.reason() : r.assignment().describe() + ": " + d.reason());
        }
    }

    private Optional<Stop> stopped(DueInvoice due, CreditorHistory history, ActiveHolds holds) {
        Optional<Hold> hold = holds.blocking(due.invoice().id(), due.customer().id());
        if (hold.isPresent()) {
            return Optional.of(new Stop(StopReason.HOLD, hold.get().describe()));
        }
        LocalDate pauseFrom = holds.day().minusDays(workflow.inquiryPauseDays());
        for (Inquiry q : history.inquiriesOf(due.customer().id())) {
            boolean aboutThis = q.aboutInvoices() && (q.invoiceId() == null || q.invoiceId().equals(due.invoice().id()));
            if (aboutThis && q.occurredOn().isBefore(holds.day()) && q.occurredOn().isAfter(pauseFrom)) {
                return Optional.of(new Stop(StopReason.INQUIRY, "invoice inquiry on " + q.occurredOn()
                        + " pauses dunning until " + q.occurredOn().plusDays(workflow.inquiryPauseDays())));
            }
        }
        return Optional.empty();
    }

    /**
     * Takes the action and logs it: an experiment's assignment with its arm and share, else a policy's decision with
     * its propensity, else (a rule stage) as not randomised.
     */
    private void act(PlanDunningDay.PlanBuilder plan, Ready r, DunningAction action, Decision decision, String why) {
        StageSelection.Selected s = r.selected();
        DueInvoice due = s.due();
        Stage stage = r.stage();
        Assignment assigned = r.assignment();
        double propensity = assigned != null ? assigned.propensity() : decision != null ? decision.propensity() : 1.0;
        Money fee = r.allowed().fees().getOrDefault(action, Money.ZERO);
        String key = action == DunningAction.NONE ? null : OutboxEntry.keyOf(due.invoice().id().value(), stage.id());
        plan.runs.add(new StageRun(due.invoice().id(), stage.id(), plan.workflow, plan.day, StageOutcome.ACTED, action, key));
        String model = decision == null ? null : decision.provenance().label();
        String refused = r.allowed().refusals().isEmpty() ? "" : " (not allowed: " + String.join("; ", r.allowed().refusals()) + ")";
        AuditEvent event = decision != null ? AuditEvent.DECIDED
                : assigned != null && !assigned.holdout() ? AuditEvent.ASSIGNED : AuditEvent.SCHEDULED;
        audit(plan, s, event, action, why + refused, model, propensity, key);
        if (key != null) {
            List<DunningAction> later = stage.actions().subList(stage.actions().indexOf(action) + 1, stage.actions().size());
            List<DunningAction> fallbacks = later.stream()
                    .filter(a -> a.isReminder() && r.allowed().actions().contains(a)).toList();
            NoticeFactory.Prepared prepared = notices.notice(due, stage, action, fee, plan.day);
            plan.messages.add(OutboxEntry.queued(key, plan.day, action, fallbacks, prepared.notice(),
                    r.recipient(), clock.instant()));
            audit(plan, s, AuditEvent.QUEUED, action, prepared.note().isEmpty() ? "message queued"
                    : "message queued; " + prepared.note(), model, propensity, key);
        }
        if (due.daysAfterDue() > 0) {
            String experiment = assigned != null ? assigned.experiment() : decision != null ? POLICY_EXPERIMENT : null;
            String arm = assigned != null ? assigned.armName() : decision != null ? action.key() : null;
            plan.events.add(new DunningEvent(due.invoice().id(), plan.day, action, fee, experiment, arm, propensity));
        }
    }

    private void audit(PlanDunningDay.PlanBuilder plan, StageSelection.Selected s, AuditEvent event,
                       DunningAction action, String detail, String model, double propensity, String key) {
        plan.audit.add(new AuditEntry(plan.day, s.due().invoice().id(), s.due().customer().id(), s.stage().id(), event,
                action, rule(s), model, propensity, key, detail));
    }

    private void skipped(PlanDunningDay.PlanBuilder plan, StageSelection.Selected s, Stop stop) {
        plan.audit.add(new AuditEntry(plan.day, s.due().invoice().id(), s.due().customer().id(), s.stage().id(),
                AuditEvent.SKIPPED, null, rule(s), null, Double.NaN, null, stop.detail(), stop.reason()));
    }

    private static String rule(StageSelection.Selected s) {
        return "stage " + s.stage().id() + " (" + s.stage().kind().name().toLowerCase(java.util.Locale.ROOT)
                + ", day " + (s.stage().day() >= 0 ? "+" : "") + s.stage().day() + ")"
                + (s.risk() == null ? "" : ", risk " + s.risk().name().toLowerCase(java.util.Locale.ROOT));
    }
}
