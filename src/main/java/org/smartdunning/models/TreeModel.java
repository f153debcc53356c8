package org.smartdunning.models;

/** A trained gradient-boosted tree model, read on the margin (log-odds or log-rate) scale. */
public interface TreeModel {

    /** Margins of the rows, without any offset. */
    double[] margins(float[][] rows);

    /** Per row, each feature's contribution to the margin, then the bias in the last column. */
    double[][] contributions(float[][] rows);

    /** Total gain of each feature over all splits, in feature order. */
    double[] gainImportance(int features);

    /** The model in the library's own portable format. */
    byte[] bytes();
}
