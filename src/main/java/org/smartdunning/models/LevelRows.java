package org.smartdunning.models;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.smartdunning.history.DunningAction;

/**
 * Which rows of each arm set that action's level (churn events over expected, the payment and inquiry
 * models' Platt calibration): a creditor's randomised experiment's, where the arm holds enough of them.
 * An action's level applies to every invoice, yet the rows the engine chose, its picks and its tries
 * alike, are customers its models aimed that action at, on whom the trees' shrunken action effect errs
 * otherwise than on the population; retrained monthly on its own decisions, the levels then followed
 * its choices and fed them (an SMS arm filled with the engine's picks had its churn understated by 2
 * points and got more of them). An experiment's rows, weighted by inverse propensity, stand for every
 * invoice it applied to. Where an arm holds too few, all its rows.
 */
final class LevelRows {
    private LevelRows() {
    }

    /**
     * Per row, whether it counts towards its arm's level.
     *
     * @param needsNegatives whether the experiment's rows must also hold {@link TrainOutcomeModels#MIN_EVENTS}
     *                       rows without the outcome (a calibration of a yes/no outcome)
     */
    static boolean[] of(List<TrainingExample> rows, Predicate<TrainingExample> positive, boolean needsNegatives) {
        Map<DunningAction, int[]> experiment = new EnumMap<>(DunningAction.class); // rows, positives
        for (TrainingExample e : rows) {
            if (e.logging() == TrainingExample.Logging.EXPERIMENT) {
                int[] c = experiment.computeIfAbsent(e.action(), k -> new int[2]);
                c[0]++;
                c[1] += positive.test(e) ? 1 : 0;
            }
        }
        boolean[] counts = new boolean[rows.size()];
        for (int i = 0; i < counts.length; i++) {
            TrainingExample e = rows.get(i);
            int[] c = experiment.get(e.action());
            boolean enough = c != null && c[0] >= TrainOutcomeModels.MIN_ROWS && c[1] >= TrainOutcomeModels.MIN_EVENTS
                    && (!needsNegatives || c[0] - c[1] >= TrainOutcomeModels.MIN_EVENTS);
            counts[i] = !enough || e.logging() == TrainingExample.Logging.EXPERIMENT;
        }
        return counts;
    }
}
