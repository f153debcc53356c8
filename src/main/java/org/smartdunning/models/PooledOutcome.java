package org.smartdunning.models;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.smartdunning.history.DunningAction;

/**
 * A yes/no outcome (payment, inquiry) learned from all actions at once, the action being a feature
 * (an S-learner). Who pays is learned from every logged action, above all the creditor's large
 * standard-process log; an experiment arm of a few thousand rows holds too few chronic non-payers to
 * learn them alone, and a model of that arm alone then promises them a payment they never make.
 * Calibration is Platt scaling per action on its rows' out-of-fold margins (its experiment rows where it
 * holds enough: {@link LevelRows}): the intercept restores the arm's level where the trees shrink the
 * action's effect, and the slope is pulled towards the one of all actions, so a small arm cannot bend
 * it to its noise. Arms are weighted to equal total weight, within an arm by inverse propensity.
 */
final class PooledOutcome {
    /** How many rows' worth of evidence the shared calibration slope counts for against one action's own. */
    static final double SLOPE_PRIOR_ROWS = 500;

    private PooledOutcome() {
    }

    /**
     * Per action with enough rows and of each class, its view of the pooled model; actions without are absent.
     *
     * @param label the outcome of a row; null while it is not yet known
     */
    static Map<DunningAction, CrossFittedModel> train(TreeTrainer trainer, List<TrainingExample> examples,
                                                       Function<TrainingExample, Boolean> label,
                                                       ToIntFunction<TrainingExample> fold, long seed) {
        List<TrainingExample> rows = examples.stream().filter(e -> label.apply(e) != null).toList();
        ArmCounts arms = new ArmCounts(rows, label::apply);
        int n = rows.size();
        Map<DunningAction, CrossFittedModel> byAction = new EnumMap<>(DunningAction.class);
        if (n == 0) {
            return byAction;
        }
        float[][] x = new float[n][];
        float[] y = new float[n];
        float[] w = new float[n];
        int[] folds = new int[n];
        for (int i = 0; i < n; i++) {
            TrainingExample e = rows.get(i);
            x[i] = ActionTreeModel.withAction(e.vector(), e.action());
            y[i] = label.apply(e) ? 1f : 0f;
            w[i] = arms.equalArmWeight(e);
            folds[i] = fold.applyAsInt(e);
        }
        CrossFittedModel pooled = CrossFittedModel.train(trainer, Objective.BINARY, new TrainingMatrix(x, y, w, null),
                folds, seed);
        double[] margins = pooled.outOfFoldMargins();
        double slope = PlattScaling.fit(margins, y, w).a();
        boolean[] level = LevelRows.of(rows, label::apply, true);
        for (DunningAction action : DunningAction.values()) {
            int count = arms.rows(action);
            int positives = arms.positives(action);
            if (count < TrainOutcomeModels.MIN_ROWS || positives < TrainOutcomeModels.MIN_EVENTS
                    || count - positives < TrainOutcomeModels.MIN_EVENTS) {
                continue;
            }
            List<Integer> own = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (rows.get(i).action() == action && level[i]) {
                    own.add(i);
                }
            }
            double[] m = new double[own.size()];
            float[] labels = new float[own.size()];
            float[] weights = new float[own.size()];
            for (int k = 0; k < own.size(); k++) {
                m[k] = margins[own.get(k)];
                labels[k] = y[own.get(k)];
                weights[k] = w[own.get(k)];
            }
            TreeModel[] halves = {new ActionTreeModel(pooled.half(0), action), new ActionTreeModel(pooled.half(1), action)};
            PlattScaling calibration = PlattScaling.fitTowards(m, labels, weights, slope, SLOPE_PRIOR_ROWS);
            byAction.put(action, new CrossFittedModel(Objective.BINARY, halves, calibration, m, labels));
        }
        return byAction;
    }
}
