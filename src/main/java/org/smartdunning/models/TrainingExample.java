package org.smartdunning.models;

import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;

/**
 * One logged action with what was known before it and what followed. {@code propensity} is the
 * logging policy's probability of the action (1 for the deterministic standard process).
 */
public record TrainingExample(CustomerId customerId, InvoiceFeatures features, float[] vector, DunningAction action,
                              double propensity, Logging logging, OutcomeLabels labels) implements java.io.Serializable {

    /** How the action of a row was chosen. */
    public enum Logging {
        /** The creditor's standard process: deterministic. */
        STANDARD,
        /** A creditor's randomised experiment: every invoice it applies to drawn at the arms' odds. */
        EXPERIMENT,
        /** The engine's own decision, its pick or an explored try: randomised, but targeted by the models. */
        ENGINE
    }

    /** Whether the action was drawn with a known propensity (an experiment's or the engine's). */
    public boolean randomised() {
        return logging != Logging.STANDARD;
    }

    /** Inverse-propensity weight: rows of rarely chosen arms count for the customers they stand for. */
    public double weight() {
        return 1.0 / propensity;
    }
}
