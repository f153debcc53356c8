package org.smartdunning.models;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.smartdunning.history.DunningAction;

/**
 * Per action of a set of training rows: their total inverse-propensity weight, how many there are
 * and how many are positive; and the row weight that gives every arm the same total, so the huge
 * standard-process arm does not drown the experiment arms in a model of all actions.
 */
final class ArmCounts {
    private final Map<DunningAction, double[]> arms = new EnumMap<>(DunningAction.class); // weight sum, rows, positives
    private final int total;

    ArmCounts(List<TrainingExample> rows, Predicate<TrainingExample> positive) {
        for (TrainingExample e : rows) {
            double[] a = arms.computeIfAbsent(e.action(), k -> new double[3]);
            a[0] += e.weight();
            a[1]++;
            a[2] += positive.test(e) ? 1 : 0;
        }
        this.total = rows.size();
    }

    int rows(DunningAction action) {
        double[] a = arms.get(action);
        return a == null ? 0 : (int) a[1];
    }

    int positives(DunningAction action) {
        double[] a = arms.get(action);
        return a == null ? 0 : (int) a[2];
    }

    /** Inverse propensity, scaled so that every arm's rows weigh the same in total and a row weighs 1 on average. */
    float equalArmWeight(TrainingExample e) {
        return (float) (e.weight() / arms.get(e.action())[0] * total / arms.size());
    }
}
