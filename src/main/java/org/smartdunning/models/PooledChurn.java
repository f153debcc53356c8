package org.smartdunning.models;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.smartdunning.history.DunningAction;

/**
 * One churn-rate model for all actions, the action being a feature. The creditor's large
 * standard-process log teaches who churns; the experiment arms teach how each action changes it.
 * A Poisson rate per month with the observed months as exposure, so open windows count for what
 * was seen. Arms are weighted to equal total weight, within an arm by inverse propensity.
 */
public final class PooledChurn {
    private final CrossFittedModel model;
    private final Map<DunningAction, Boolean> learned;
    private final Map<DunningAction, Double> calibration;
    private final FieldChurnPrior.Structure structure;

    private PooledChurn(CrossFittedModel model, Map<DunningAction, Boolean> learned,
                        Map<DunningAction, Double> calibration, FieldChurnPrior.Structure structure) {
        this.model = model;
        this.learned = learned;
        this.calibration = calibration;
        this.structure = structure;
    }

    static PooledChurn train(TreeTrainer trainer, List<TrainingExample> examples, ToIntFunction<TrainingExample> fold,
                             long seed) {
        List<TrainingExample> rows = examples.stream().filter(e -> e.labels().exposureMonths() > 0).toList();
        ArmCounts arms = new ArmCounts(rows, e -> e.labels().churned());
        Map<DunningAction, Boolean> learned = new EnumMap<>(DunningAction.class);
        for (DunningAction a : DunningAction.values()) {
            learned.put(a, arms.rows(a) >= TrainOutcomeModels.MIN_ROWS && arms.positives(a) >= TrainOutcomeModels.MIN_EVENTS);
        }
        if (!learned.containsValue(true)) {
            return new PooledChurn(null, learned, Map.of(), null);
        }
        int n = rows.size();
        float[][] x = new float[n][];
        float[] y = new float[n];
        float[] w = new float[n];
        float[] offsets = new float[n];
        int[] folds = new int[n];
        for (int i = 0; i < n; i++) {
            TrainingExample e = rows.get(i);
            x[i] = ActionTreeModel.withAction(e.vector(), e.action());
            y[i] = e.labels().churned() ? 1f : 0f;
            w[i] = arms.equalArmWeight(e);
            offsets[i] = (float) Math.log(Math.max(e.labels().exposureMonths(), 1e-3));
            folds[i] = fold.applyAsInt(e);
        }
        CrossFittedModel model = CrossFittedModel.train(trainer, Objective.POISSON,
                new TrainingMatrix(x, y, w, offsets), folds, seed + 7);
        double[] expected = model.outOfFold();
        boolean[] level = LevelRows.of(rows, e -> e.labels().churned(), false);
        float[] levelWeights = new float[n]; // 0 for the rows that do not set their arm's level
        for (int i = 0; i < n; i++) {
            levelWeights[i] = level[i] ? w[i] : 0f;
        }
        FieldChurnPrior.Levels levels = FieldChurnPrior.levels(rows, model, expected, levelWeights, offsets, folds,
                calibration(rows, expected, levelWeights));
        return new PooledChurn(model, learned, levels.levels(), levels.structure());
    }

    /**
     * Per action, observed churn events over the events the model predicted out of fold, on the rows
     * that set the arm's level ({@link LevelRows}). Trees shrink the effect of a single feature such as
     * the action; this restores each arm's level (then pulled towards the field results where the arm
     * is thin: {@link FieldChurnPrior}).
     */
    private static Map<DunningAction, Double> calibration(List<TrainingExample> rows, double[] expected, float[] w) {
        Map<DunningAction, double[]> sums = new EnumMap<>(DunningAction.class);
        for (int i = 0; i < rows.size(); i++) {
            double[] s = sums.computeIfAbsent(rows.get(i).action(), k -> new double[2]);
            s[0] += w[i] * (rows.get(i).labels().churned() ? 1 : 0);
            s[1] += w[i] * expected[i];
        }
        Map<DunningAction, Double> factors = new EnumMap<>(DunningAction.class);
        sums.forEach((a, s) -> factors.put(a, s[1] > 0 && s[0] > 0 ? s[0] / s[1] : 1.0));
        return factors;
    }

    /** Rebuilds a saved model. */
    public static PooledChurn restore(CrossFittedModel model, Map<DunningAction, Boolean> learned,
                                      Map<DunningAction, Double> calibration) {
        return new PooledChurn(model, new EnumMap<>(learned), new EnumMap<>(calibration), null);
    }

    /** Whether the history held enough of this action to learn its churn effect. */
    public boolean learned(DunningAction action) {
        return model != null && learned.get(action);
    }

    /** Monthly churn rate under the action, from each half of the cross-fitting. */
    public double[][] ratesHalves(float[][] rows, DunningAction action) {
        float[][] withAction = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            withAction[i] = ActionTreeModel.withAction(rows[i], action);
        }
        double[][] rates = model.predictHalves(withAction);
        double factor = calibration.getOrDefault(action, 1.0);
        for (double[] half : rates) {
            for (int i = 0; i < half.length; i++) {
                half[i] *= factor;
            }
        }
        return rates;
    }

    /** Observed over predicted churn events of each action, on out-of-fold predictions. */
    public Map<DunningAction, Double> calibration() {
        return calibration;
    }

    /** What the arms' levels were pulled towards, for the provenance; empty for a restored or unlearned model. */
    Optional<String> prior() {
        return structure().map(FieldChurnPrior.Structure::describe);
    }

    Optional<FieldChurnPrior.Structure> structure() {
        return Optional.ofNullable(structure);
    }

    public CrossFittedModel model() {
        return model;
    }
}
