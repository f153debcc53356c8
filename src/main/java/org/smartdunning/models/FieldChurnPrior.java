package org.smartdunning.models;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.smartdunning.history.DunningAction;

/**
 * Each arm's churn level (observed over expected events) pulled towards the field results' hazard ratio
 * over the largest arm, as a Gamma prior worth {@link #EVENTS} churn events. A thin arm is held towards
 * what the field results say the action does relative to the arm the creditor logs most (usually
 * collection, its standard process); an arm of a few hundred events follows its own data. Without it a
 * thin arm's level is its own noise: a 5,000-customer creditor's first learned month sent letters to
 * 197 of 303 invoices (77.7% of the gap closed; 97.0% with the prior). Worth only 10 events, because
 * where a creditor's customers differ from the field results (email-first's barely mind a reminder) the
 * prior is wrong, and a stronger one then moves even well-observed arms.
 */
final class FieldChurnPrior {
    /** Churn events' worth of evidence the field results count for against an arm's own level. */
    static final double EVENTS = 10;

    private FieldChurnPrior() {
    }

    /**
     * @param expected each row's out-of-fold expected churn events under its own action
     * @param own      each arm's own observed over expected churn events
     * @param offsets  log of each row's exposure in months
     * @param folds    each row's cross-fitting half (its out-of-fold model)
     */
    static Map<DunningAction, Double> levels(List<TrainingExample> rows, CrossFittedModel model, double[] expected,
                                             float[] w, float[] offsets, int[] folds, Map<DunningAction, Double> own) {
        Map<DunningAction, Integer> counts = new EnumMap<>(DunningAction.class);
        rows.forEach(e -> counts.merge(e.action(), 1, Integer::sum));
        DunningAction anchor = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<DunningAction, Double> levels = new EnumMap<>(own);
        for (DunningAction action : counts.keySet()) {
            if (action == anchor) {
                continue;
            }
            int[] arm = IntStream.range(0, rows.size()).filter(i -> rows.get(i).action() == action).toArray();
            float[][] asAnchor = new float[arm.length][];
            for (int k = 0; k < arm.length; k++) {
                asAnchor[k] = ActionTreeModel.withAction(rows.get(arm[k]).vector(), anchor);
            }
            double[][] anchorRates = model.predictHalves(asAnchor);
            double observed = 0;
            double predicted = 0;
            double underAnchor = 0;
            double weight = 0;
            for (int k = 0; k < arm.length; k++) {
                int i = arm[k];
                observed += w[i] * (rows.get(i).labels().churned() ? 1 : 0);
                predicted += w[i] * expected[i];
                underAnchor += w[i] * anchorRates[folds[i]][k] * Math.exp(offsets[i]);
                weight += w[i];
            }
            if (!(predicted > 0)) {
                continue;
            }
            double ratio = HistoryRulesModel.CHURN_MULTIPLIER.get(action) / HistoryRulesModel.CHURN_MULTIPLIER.get(anchor);
            double prior = own.getOrDefault(anchor, 1.0) * ratio * underAnchor / predicted;
            double strength = EVENTS * weight / arm.length;
            levels.put(action, (observed + strength * prior) / (predicted + strength));
        }
        return levels;
    }
}
