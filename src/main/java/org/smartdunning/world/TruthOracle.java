package org.smartdunning.world;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.smartdunning.economics.DecisionValue;
import org.smartdunning.economics.LifetimeValue;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Invoice;

/** Computes the truth of a batch invoice: true CLV, outcome probabilities and contract value per action. */
final class TruthOracle {
    private final TrueOutcomes outcomes;
    private final DecisionValue value;
    private final LifetimeValue lifetime;

    TruthOracle(WorldParameters world, TrueOutcomes outcomes) {
        this.outcomes = outcomes;
        this.value = new DecisionValue(world.business());
        this.lifetime = new LifetimeValue(world.business());
    }

    /** @param monthlyValue monthly fee, or average invoiced amount per month of the last 12 months */
    TruthRow truth(SimulatedCustomer customer, Invoice invoice, DecisionState state, double monthlyValue) {
        HiddenTraits t = customer.traits();
        double clv = trueLifetimeValue(t, monthlyValue);
        Map<DunningAction, OutcomeProbabilities> probabilities = new EnumMap<>(DunningAction.class);
        Map<DunningAction, Double> values = new EnumMap<>(DunningAction.class);
        Set<DunningAction> reachable = customer.reachableActions();
        DunningAction best = DunningAction.NONE;
        double amount = invoice.amount().toDouble();
        for (DunningAction a : DunningAction.values()) {
            OutcomeProbabilities p = outcomes.of(a, t, state);
            probabilities.put(a, p);
            double v = value.of(a, amount, clv, p);
            values.put(a, v);
            if (reachable.contains(a) && v > values.get(best)) {
                best = a;
            }
        }
        return new TruthRow(invoice.id(), invoice.customerId(), invoice.amount(), clv,
                customer.profile().hasPhone(), customer.profile().hasEmail(), probabilities, values, best);
    }

    double trueLifetimeValue(HiddenTraits t, double monthlyValue) {
        return lifetime.of(monthlyValue, outcomes.payShare(t), outcomes.remainingMonths(t));
    }
}
