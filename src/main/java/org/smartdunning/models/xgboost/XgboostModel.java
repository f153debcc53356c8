package org.smartdunning.models.xgboost;

import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.smartdunning.models.TreeModel;

/** A trained XGBoost booster read on the margin scale. */
final class XgboostModel implements TreeModel {
    /** The iteration range [0, 0): every tree. */
    private static final int[] ALL_TREES = {0, 0};
    private final Booster booster;
    private double[] gains;

    XgboostModel(Booster booster) {
        this.booster = booster;
    }

    static XgboostModel load(byte[] bytes) {
        XgboostNative.load();
        try {
            return new XgboostModel(XGBoost.loadModel(bytes));
        } catch (XGBoostError | java.io.IOException e) {
            throw new IllegalArgumentException("not an XGBoost model: " + e.getMessage(), e);
        }
    }

    @Override
    public double[] margins(float[][] rows) {
        if (rows.length == 0) {
            return new double[0];
        }
        try {
            // straight from the dense rows: no DMatrix to build and free (the same trees, the same sums)
            float[][] out = booster.inplace_predict(XgboostMatrices.flat(rows), rows.length, rows[0].length, Float.NaN,
                    ALL_TREES, Booster.PredictionType.kMargin, null);
            double[] margins = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                margins[i] = out[i][0];
            }
            return margins;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public double[][] contributions(float[][] rows) {
        if (rows.length == 0) {
            return new double[0][];
        }
        try {
            DMatrix matrix = XgboostMatrices.of(rows);
            float[][] out = booster.predictContrib(matrix, 0);
            matrix.dispose();
            double[][] contributions = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                contributions[i] = new double[out[i].length];
                for (int j = 0; j < out[i].length; j++) {
                    contributions[i][j] = out[i][j];
                }
            }
            return contributions;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost contributions failed: " + e.getMessage(), e);
        }
    }

    /**
     * Kept once read, per width: the booster never changes, and a booster pooled over the actions is asked once per
     * action (the library writes every tree out as text to answer: 0.3 s of a 100,000-customer model's save).
     */
    @Override
    public synchronized double[] gainImportance(int features) {
        if (gains == null || gains.length != features) {
            gains = readGains(features);
        }
        return gains.clone();
    }

    private double[] readGains(int features) {
        double[] gains = new double[features];
        try {
            // explicit names: the JNI call crashes the JVM when given none
            String[] names = new String[features];
            for (int i = 0; i < features; i++) {
                names[i] = "f" + i;
            }
            Map<String, Double> scores = booster.getScore(names, "total_gain");
            scores.forEach((name, gain) -> gains[Integer.parseInt(name.substring(1))] = gain);
            return gains;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost importance failed: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] bytes() {
        try {
            return booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost save failed: " + e.getMessage(), e);
        }
    }
}
