package org.smartdunning.models;

/**
 * Rows, labels and weights for one tree model. {@code offsets} are added to the margin (the log of
 * the exposure for a Poisson rate model) and may be null.
 */
public record TrainingMatrix(float[][] rows, float[] labels, float[] weights, float[] offsets) {
    public TrainingMatrix {
        if (rows.length != labels.length || rows.length != weights.length
                || (offsets != null && offsets.length != rows.length)) {
            throw new IllegalArgumentException("rows, labels, weights and offsets must have the same length");
        }
    }

    public int size() {
        return rows.length;
    }
}
