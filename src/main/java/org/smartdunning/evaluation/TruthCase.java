package org.smartdunning.evaluation;

import java.util.Map;
import java.util.Objects;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/** The known truth about one batch invoice: amount, lifetime value, reachability and every action's outcome probabilities. */
public record TruthCase(InvoiceId invoiceId, double amount, double clv, boolean reachableSms, boolean reachableEmail,
                        Map<DunningAction, OutcomeProbabilities> outcomes) {
    public TruthCase {
        Objects.requireNonNull(invoiceId, "invoiceId");
        outcomes = DunningAction.ordered(outcomes);
        for (DunningAction a : DunningAction.values()) {
            if (!outcomes.containsKey(a)) {
                throw new IllegalArgumentException("invoice " + invoiceId + ": no outcome probabilities for " + a.key());
            }
        }
    }

    /** Whether the creditor can take the action: SMS needs a phone, e-mail an address. */
    public boolean reachable(DunningAction action) {
        return switch (action) {
            case SMS -> reachableSms;
            case EMAIL -> reachableEmail;
            default -> true;
        };
    }

    public OutcomeProbabilities outcome(DunningAction action) {
        return outcomes.get(action);
    }
}
