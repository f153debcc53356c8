package org.smartdunning.world;

import java.util.Map;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;

/** One row of truth.csv: the exact consequences and value of every action on one batch invoice. */
public record TruthRow(InvoiceId invoiceId, CustomerId customerId, Money amount, double clv,
                       boolean reachableSms, boolean reachableEmail,
                       Map<DunningAction, OutcomeProbabilities> outcomes, Map<DunningAction, Double> values,
                       DunningAction bestAction) {
    public TruthRow {
        outcomes = DunningAction.ordered(outcomes);
        values = DunningAction.ordered(values);
    }
}
