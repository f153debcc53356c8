package org.smartdunning.models.xgboost;

import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Dense XGBoost matrices from rows, NaN meaning missing. */
final class XgboostMatrices {
    private XgboostMatrices() {
    }

    static DMatrix of(float[][] rows) throws XGBoostError {
        return new DMatrix(flat(rows), rows.length, rows.length == 0 ? 0 : rows[0].length, Float.NaN);
    }

    /** The rows one after another, as the library reads a dense matrix. */
    static float[] flat(float[][] rows) {
        int width = rows.length == 0 ? 0 : rows[0].length;
        float[] flat = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return flat;
    }
}
