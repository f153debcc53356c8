package org.smartdunning.models;

import java.util.List;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

/** Predicts what taking an action now would cause for one overdue invoice. */
public interface OutcomeModel {

    OutcomeProbabilities predict(InvoiceFeatures features, DunningAction action);

    /**
     * Independently trained predictions of the same outcome; their spread measures how uncertain
     * the model is for this invoice. A model without such a measure gives its one prediction.
     */
    default List<OutcomeProbabilities> predictions(InvoiceFeatures features, DunningAction action) {
        return List.of(predict(features, action));
    }

    /**
     * The features that moved this invoice's predicted payment under the action the most, largest
     * first; empty for a model that cannot tell.
     */
    default List<String> drivers(InvoiceFeatures features, DunningAction action, int top) {
        return List.of();
    }

    /** Prepares {@link #drivers} for these invoices, grouped by the action taken, in one pass per action. */
    default void prepareDrivers(java.util.Map<DunningAction, List<InvoiceFeatures>> chosen) {
    }

    /**
     * Logged rows of {@code action} among invoices like this one that the model learned from;
     * {@link Integer#MAX_VALUE} for a model that does not count them (its data are not thin anywhere).
     */
    default int support(InvoiceFeatures features, DunningAction action) {
        return Integer.MAX_VALUE;
    }

    /** Scores a batch ahead of the per-invoice calls; a no-op for models that score rows cheaply. */
    default void prepare(List<InvoiceFeatures> batch) {
    }

    /** Share of its invoices the customer will pay (for lifetime value). */
    double payShare(InvoiceFeatures features);

    /** Expected remaining months as a customer when nothing is done (for lifetime value). */
    double remainingMonths(InvoiceFeatures features);

    ModelProvenance provenance();
}
