package org.smartdunning.policy;

import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.models.ModelProvenance;

/** Chooses one action for one overdue invoice. */
public interface Policy {

    Decision decide(InvoiceFeatures features);

    /** Lets the model score the whole batch at once before the per-invoice decisions. */
    default void prepare(java.util.List<InvoiceFeatures> batch) {
    }

    ModelProvenance provenance();
}
