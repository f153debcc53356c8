package org.smartdunning.models;

import java.util.Arrays;
import org.smartdunning.history.DunningAction;

/**
 * One action's view of a tree model learned on all actions at once, the action being a feature:
 * it appends the action's column to every row, so the view reads like a model of that action alone.
 */
record ActionTreeModel(TreeModel pooled, DunningAction action) implements TreeModel {
    /** The feature vector with one column per action, the given action's set. */
    static float[] withAction(float[] vector, DunningAction action) {
        float[] row = Arrays.copyOf(vector, vector.length + DunningAction.values().length);
        row[vector.length + action.ordinal()] = 1f;
        return row;
    }

    @Override
    public double[] margins(float[][] rows) {
        return pooled.margins(withAction(rows));
    }

    /** The features' contributions and the bias; the action's own column is folded into the bias. */
    @Override
    public double[][] contributions(float[][] rows) {
        double[][] all = pooled.contributions(withAction(rows));
        double[][] out = new double[all.length][];
        for (int i = 0; i < all.length; i++) {
            int width = rows[i].length;
            out[i] = Arrays.copyOf(all[i], width + 1);
            double bias = all[i][all[i].length - 1];
            for (int j = width; j < all[i].length - 1; j++) {
                bias += all[i][j];
            }
            out[i][width] = bias;
        }
        return out;
    }

    @Override
    public double[] gainImportance(int features) {
        return Arrays.copyOf(pooled.gainImportance(features + DunningAction.values().length), features);
    }

    @Override
    public byte[] bytes() {
        return pooled.bytes();
    }

    private float[][] withAction(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = withAction(rows[i], action);
        }
        return out;
    }
}
