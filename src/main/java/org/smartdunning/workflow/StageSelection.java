package org.smartdunning.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.audit.AuditEvent;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.InvoiceId;

/**
 * Picks, per due invoice, the one stage to run today: the latest pending stage within the catch-up
 * window whose segment condition matches. Pending stages whose condition does not match are
 * closed as not applicable; earlier ones, and those too late to catch up, as superseded.
 */
final class StageSelection {
    /** The stage to run for an invoice, with what its segment is known by (the risk band when one was needed). */
    record Selected(DueInvoice due, Stage stage, SegmentFacts facts) {
        RiskBand risk() {
            return facts.risk();
        }
    }

    private final Workflow workflow;
    private final Experiments experiments;
    private final int catchUpDays;

    StageSelection(Workflow workflow, Experiments experiments, int catchUpDays) {
        this.workflow = workflow;
        this.experiments = experiments;
        this.catchUpDays = catchUpDays;
    }

    List<Selected> select(List<DueInvoice> due, Map<InvoiceId, InvoiceFeatures> features, StageDecider decider,
                          PlanDunningDay.PlanBuilder plan) {
        Map<InvoiceId, RiskBand> risk = RiskBands.of(due, features, decider, experiments);
        List<Selected> selected = new ArrayList<>();
        for (DueInvoice d : due) {
            SegmentFacts facts = new SegmentFacts(d.customer().type(), d.customer().country(), d.invoice().amount(),
                    d.customer().paymentMethod(), risk.get(d.invoice().id()));
            Stage chosen = null;
            for (int i = d.pending().size() - 1; i >= 0; i--) {
                Stage s = d.pending().get(i);
                if (chosen != null || d.daysAfterDue() - s.day() > catchUpDays) {
                    close(plan, d, s, StageOutcome.SUPERSEDED, chosen != null
                            ? "stage " + chosen.id() + " fell due later" : "more than " + catchUpDays + " days late");
                } else if (!s.when().matches(facts)) {
                    close(plan, d, s, StageOutcome.NOT_APPLICABLE, "segment condition does not match");
                } else {
                    chosen = s;
                }
            }
            if (chosen != null) {
                selected.add(new Selected(d, chosen, facts));
            }
        }
        return selected;
    }

    private void close(PlanDunningDay.PlanBuilder plan, DueInvoice d, Stage s, StageOutcome outcome, String why) {
        plan.runs.add(new StageRun(d.invoice().id(), s.id(), workflow.name(), plan.day, outcome, null, null));
        if (outcome == StageOutcome.SUPERSEDED) {
            plan.audit.add(new AuditEntry(plan.day, d.invoice().id(), d.customer().id(), s.id(), AuditEvent.SUPERSEDED,
                    null, "stage " + s.id() + " (day " + s.day() + ")", null, Double.NaN, null, why));
        }
    }
}
