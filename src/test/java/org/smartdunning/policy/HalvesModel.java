package org.smartdunning.policy;

import java.util.List;
import java.util.Map;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.OutcomeModel;

/**
 * A hand-made model of two cross-fitted halves with fixed predictions per action, the same for
 * every invoice; its prediction is the halves' mean and their disagreement its uncertainty.
 * Pay share 0.95, so with a fee of 100 the CLV is 30 × {@code remainingMonths}.
 */
record HalvesModel(Map<DunningAction, List<OutcomeProbabilities>> halves, double remainingMonths) implements OutcomeModel {

    @Override
    public OutcomeProbabilities predict(InvoiceFeatures f, DunningAction a) {
        List<OutcomeProbabilities> h = predictions(f, a);
        return new OutcomeProbabilities((h.get(0).pay() + h.get(1).pay()) / 2,
                (h.get(0).churn() + h.get(1).churn()) / 2, (h.get(0).inquiry() + h.get(1).inquiry()) / 2);
    }

    @Override
    public List<OutcomeProbabilities> predictions(InvoiceFeatures f, DunningAction a) {
        return halves.get(a);
    }

    @Override
    public double payShare(InvoiceFeatures f) {
        return 0.95;
    }

    @Override
    public double remainingMonths(InvoiceFeatures f) {
        return remainingMonths;
    }

    @Override
    public ModelProvenance provenance() {
        return new ModelProvenance("halves", "1", null, null, 0, Map.of());
    }

    static OutcomeProbabilities p(double pay, double churn, double inquiry) {
        return new OutcomeProbabilities(pay, churn, inquiry);
    }
}
