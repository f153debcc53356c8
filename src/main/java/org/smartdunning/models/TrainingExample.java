package org.smartdunning.models;

import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;

/**
 * One logged action with what was known before it and what followed. {@code propensity} is the
 * logging policy's probability of the action (1 for the deterministic standard process).
 */
public record TrainingExample(CustomerId customerId, InvoiceFeatures features, float[] vector, DunningAction action,
                              double propensity, boolean randomised, OutcomeLabels labels) implements java.io.Serializable {

    /** Inverse-propensity weight: rows of rarely chosen arms count for the customers they stand for. */
    public double weight() {
        return 1.0 / propensity;
    }
}
