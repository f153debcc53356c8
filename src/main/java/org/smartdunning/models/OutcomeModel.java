package org.smartdunning.models;

import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;

/** Predicts what taking an action now would cause for one overdue invoice. */
public interface OutcomeModel {

    OutcomeProbabilities predict(InvoiceFeatures features, DunningAction action);

    /** Share of its invoices the customer will pay (for lifetime value). */
    double payShare(InvoiceFeatures features);

    /** Expected remaining months as a customer when nothing is done (for lifetime value). */
    double remainingMonths(InvoiceFeatures features);

    ModelProvenance provenance();
}
