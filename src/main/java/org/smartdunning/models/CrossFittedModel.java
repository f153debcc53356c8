package org.smartdunning.models;

import org.smartdunning.history.DunningAction;

/**
 * Two tree models, each trained on one half of the customers. Each row of the training data is
 * scored by the half that never saw it (out-of-fold), which calibrates the probabilities and
 * feeds the doubly robust evaluation; on new invoices the halves are averaged, and how far they
 * disagree says how uncertain the model is there.
 */
public final class CrossFittedModel {
    private final Objective objective;
    private final TreeModel[] halves;
    private final PlattScaling calibration;
    private final double[] outOfFold;
    private final float[] labels;

    CrossFittedModel(Objective objective, TreeModel[] halves, PlattScaling calibration, double[] outOfFold,
                     float[] labels) {
        this.objective = objective;
        this.halves = halves.clone();
        this.calibration = calibration;
        this.outOfFold = outOfFold;
        this.labels = labels;
    }

    /**
     * @param folds per row 0 or 1: the half of the customers the row belongs to
     */
    public static CrossFittedModel train(TreeTrainer trainer, Objective objective, TrainingMatrix data, int[] folds,
                                         long seed) {
        // the two halves are trained side by side, each on its share of the cores (TreeTrainer#train): on 2 cores two
        // single-threaded boosters never wait at each other's barriers, where one booster on both threads does at every
        // tree level. Each half learns from the same rows with the same seed as when they ran one after the other (the
        // boosters' bytes were identical on the 100,000-customer folder with 1 thread each and with 2).
        SideTask<Half> second = SideTask.start("cross-fitting half 2",
                () -> Half.fit(trainer, objective, data, folds, 1, seed));
        Half first;
        try {
            first = Half.fit(trainer, objective, data, folds, 0, seed);
        } catch (RuntimeException | Error e) {
            second.awaitQuietly();
            throw e;
        }
        Half[] halves = {first, second.join()};
        double[] outOfFold = new double[data.size()];
        for (Half half : halves) {
            for (int i = 0; i < half.own().length; i++) {
                int row = half.own()[i];
                outOfFold[row] = half.margins()[i] + (data.offsets() == null ? 0 : data.offsets()[row]);
            }
        }
        PlattScaling calibration = objective == Objective.BINARY
                ? PlattScaling.fit(outOfFold, data.labels(), data.weights()) : PlattScaling.IDENTITY;
        return new CrossFittedModel(objective, new TreeModel[] {halves[0].model(), halves[1].model()}, calibration,
                outOfFold, data.labels());
    }

    /** One half's model, learned from the other half's rows, and its margins on its own rows (by index). */
    private record Half(TreeModel model, int[] own, double[] margins) {
        static Half fit(TreeTrainer trainer, Objective objective, TrainingMatrix data, int[] folds, int half, long seed) {
            TreeModel model = trainer.train(subset(data, folds, 1 - half), objective, seed + half);
            int[] own = indices(folds, half);
            return new Half(model, own, model.margins(rows(data, own)));
        }
    }

    /** Probability (binary) or rate per unit of exposure (Poisson) from each half, for each row. */
    public double[][] predictHalves(float[][] rows) {
        double[][] out = new double[2][];
        for (int half = 0; half < 2; half++) {
            double[] m = halves[half].margins(rows);
            for (int i = 0; i < m.length; i++) {
                m[i] = toScale(m[i]);
            }
            out[half] = m;
        }
        return out;
    }

    /** Out-of-fold predictions of the training rows, on the output scale (offset included). */
    public double[] outOfFold() {
        double[] out = new double[outOfFold.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = toScale(outOfFold[i]);
        }
        return out;
    }

    /** Out-of-fold margins of the training rows (offset included), before calibration. */
    double[] outOfFoldMargins() {
        return outOfFold.clone();
    }

    /** Labels of the training rows, aligned with {@link #outOfFold()}. */
    public float[] labels() {
        return labels.clone();
    }

    public double[] gainImportance(int features) {
        double[] a = halves[0].gainImportance(features);
        double[] b = halves[1].gainImportance(features);
        for (int i = 0; i < a.length; i++) {
            a[i] = (a[i] + b[i]) / 2;
        }
        return a;
    }

    /** Mean feature contributions of the two halves on the margin scale (last column: bias). */
    public double[][] contributions(float[][] rows) {
        double[][] a = halves[0].contributions(rows);
        double[][] b = halves[1].contributions(rows);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                a[i][j] = (a[i][j] + b[i][j]) / 2;
            }
        }
        return a;
    }

    public PlattScaling calibration() {
        return calibration;
    }

    /** Rebuilds a saved model: its two halves and calibration (the training rows are not kept). */
    public static CrossFittedModel restore(Objective objective, TreeModel[] halves, PlattScaling calibration) {
        return new CrossFittedModel(objective, halves, calibration, new double[0], new float[0]);
    }

    /** Rebuilds one action's view of a saved model learned on all actions with the action as a feature. */
    public static CrossFittedModel restoreForAction(Objective objective, TreeModel[] pooledHalves, DunningAction action,
                                                    PlattScaling calibration) {
        return restore(objective, new TreeModel[] {new ActionTreeModel(pooledHalves[0], action),
            new ActionTreeModel(pooledHalves[1], action)}, calibration);
    }

    public TreeModel half(int h) {
        return halves[h];
    }

    private double toScale(double margin) {
        return objective == Objective.BINARY ? calibration.probability(margin) : Math.exp(margin);
    }

    private static TrainingMatrix subset(TrainingMatrix data, int[] folds, int fold) {
        int[] idx = indices(folds, fold);
        float[] labels = new float[idx.length];
        float[] weights = new float[idx.length];
        float[] offsets = data.offsets() == null ? null : new float[idx.length];
        for (int i = 0; i < idx.length; i++) {
            labels[i] = data.labels()[idx[i]];
            weights[i] = data.weights()[idx[i]];
            if (offsets != null) {
                offsets[i] = data.offsets()[idx[i]];
            }
        }
        return new TrainingMatrix(rows(data, idx), labels, weights, offsets);
    }

    private static float[][] rows(TrainingMatrix data, int[] idx) {
        float[][] rows = new float[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            rows[i] = data.rows()[idx[i]];
        }
        return rows;
    }

    private static int[] indices(int[] folds, int fold) {
        return java.util.stream.IntStream.range(0, folds.length).filter(i -> folds[i] == fold).toArray();
    }
}
