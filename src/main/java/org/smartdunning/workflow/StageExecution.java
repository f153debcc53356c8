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
 * records the audit lines and the dunning event the next training learns from.
 */
final class StageExecution {
    /** Experiment name on the dunning events the learned policy chose, so training weighs them by their propensity. */
    static final String POLICY_EXPERIMENT = "smart-dunning";

    private record Ready(StageSelection.Selected selected, LawfulActions.Allowed allowed, Set<DunningAction> reachable,
                         Recipient recipient) {
    }

    private final Workflow workflow;
    private final LawfulActions lawful;
    private final NoticeFactory notices;
    private final StageDecider decider;
    private final Clock clock;

    StageExecution(Workflow workflow, LawfulActions lawful, NoticeFactory notices, StageDecider decider, Clock clock) {
        this.workflow = workflow;
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
        List<Ready> decisions = new ArrayList<>();
        for (StageSelection.Selected s : selected) {
            Optional<String> stop = stopped(s.due(), history, holds);
            if (stop.isPresent()) {
                audit(plan, s, AuditEvent.SKIPPED, null, stop.get(), null, Double.NaN, null);
                continue;
            }
            LawfulActions.Allowed allowed = lawful.of(s.due(), s.stage(), history, plan.day);
            Set<DunningAction> reachable = EnumSet.noneOf(DunningAction.class);
            Recipient to = notices.recipient(s.due().customer());
            allowed.actions().stream().filter(to::canReceive).forEach(reachable::add);
            if (reachable.isEmpty() && !allowed.actions().isEmpty()) {
                // no phone, no address: waiting will not help, so the stage is closed for this invoice
                plan.runs.add(new StageRun(s.due().invoice().id(), s.stage().id(), plan.workflow, plan.day,
                        StageOutcome.NOT_APPLICABLE, null, null));
                audit(plan, s, AuditEvent.CLOSED, null, "the customer cannot be reached by "
                        + allowed.actions().stream().map(DunningAction::key).toList(), null, Double.NaN, null);
            } else if (reachable.isEmpty()) {
                audit(plan, s, AuditEvent.SKIPPED, null, "the law allows none of the stage's actions today: "
                        + String.join("; ", allowed.refusals()), null, Double.NaN, null);
            } else if (s.stage().kind() == StageKind.DECISION) {
                decisions.add(new Ready(s, allowed, reachable, to));
            } else {
                DunningAction first = s.stage().actions().stream().filter(reachable::contains).findFirst().orElseThrow();
                act(plan, new Ready(s, allowed, reachable, to), first, 1.0, null, "first allowed action of the stage");
            }
        }
        List<InvoiceFeatures> batch = decisions.stream().map(r -> features.get(r.selected().due().invoice().id())).toList();
        Map<InvoiceId, Set<DunningAction>> allowedBy = new HashMap<>();
        decisions.forEach(r -> allowedBy.put(r.selected().due().invoice().id(), r.reachable()));
        Iterator<Ready> ready = decisions.iterator();
        for (Decision d : decider.decide(batch, f -> allowedBy.get(f.invoiceId()))) {
            plan.decisions.add(d);
            act(plan, ready.next(), d.action(), d.propensity(), d, d.reason());
        }
    }

    private Optional<String> stopped(DueInvoice due, CreditorHistory history, ActiveHolds holds) {
        Optional<Hold> hold = holds.blocking(due.invoice().id(), due.customer().id());
        if (hold.isPresent()) {
            return Optional.of(hold.get().describe());
        }
        LocalDate pauseFrom = holds.day().minusDays(workflow.inquiryPauseDays());
        for (Inquiry q : history.inquiriesOf(due.customer().id())) {
            boolean aboutThis = q.aboutInvoices() && (q.invoiceId() == null || q.invoiceId().equals(due.invoice().id()));
            if (aboutThis && q.occurredOn().isBefore(holds.day()) && q.occurredOn().isAfter(pauseFrom)) {
                return Optional.of(StopReason.INQUIRY_DETAIL + q.occurredOn() + " pauses dunning until "
                        + q.occurredOn().plusDays(workflow.inquiryPauseDays()));
            }
        }
        return Optional.empty();
    }

    private void act(PlanDunningDay.PlanBuilder plan, Ready r, DunningAction action, double propensity,
                     Decision decision, String why) {
        StageSelection.Selected s = r.selected();
        DueInvoice due = s.due();
        Stage stage = s.stage();
        Money fee = r.allowed().fees().getOrDefault(action, Money.ZERO);
        String key = action == DunningAction.NONE ? null : OutboxEntry.keyOf(due.invoice().id().value(), stage.id());
        plan.runs.add(new StageRun(due.invoice().id(), stage.id(), plan.workflow, plan.day, StageOutcome.ACTED, action, key));
        String model = decision == null ? null : decision.provenance().label();
        String refused = r.allowed().refusals().isEmpty() ? "" : " (not allowed: " + String.join("; ", r.allowed().refusals()) + ")";
        audit(plan, s, decision == null ? AuditEvent.SCHEDULED : AuditEvent.DECIDED, action, why + refused, model,
                propensity, key);
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
            boolean chosen = decision != null;
            plan.events.add(new DunningEvent(due.invoice().id(), plan.day, action, fee,
                    chosen ? POLICY_EXPERIMENT : null, chosen ? action.key() : null, propensity));
        }
    }

    private void audit(PlanDunningDay.PlanBuilder plan, StageSelection.Selected s, AuditEvent event,
                       DunningAction action, String detail, String model, double propensity, String key) {
        String rule = "stage " + s.stage().id() + " (" + s.stage().kind().name().toLowerCase(java.util.Locale.ROOT)
                + ", day " + (s.stage().day() >= 0 ? "+" : "") + s.stage().day() + ")"
                + (s.risk() == null ? "" : ", risk " + s.risk().name().toLowerCase(java.util.Locale.ROOT));
        plan.audit.add(new AuditEntry(plan.day, s.due().invoice().id(), s.due().customer().id(), s.stage().id(), event,
                action, rule, model, propensity, key, detail));
    }
}
