package org.smartdunning.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.models.ModelProvenance;

/**
 * The engine's answer for one batch invoice: the chosen action, the probability with which the
 * policy chose it, the customer's estimated lifetime value (NaN when not needed), every candidate's value, the reasons in plain words, and the model behind it.
 */
public record Decision(InvoiceId invoiceId, LocalDate decideOn, DunningAction action, double propensity,
                       double clv, List<CandidateValue> candidates, String reason, ModelProvenance provenance) {
    public Decision {
        candidates = List.copyOf(candidates);
    }

    public Optional<CandidateValue> candidate(DunningAction a) {
        return candidates.stream().filter(c -> c.action() == a).findFirst();
    }

    /** Expected value of the chosen action; NaN when the invoice needed no decision (already paid). */
    public double value() {
        return candidate(action).map(CandidateValue::value).orElse(Double.NaN);
    }
}
