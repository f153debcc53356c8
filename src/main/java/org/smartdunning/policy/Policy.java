package org.smartdunning.policy;

import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.models.ModelProvenance;

/** Chooses one action for one overdue invoice. */
public interface Policy {

    Decision decide(InvoiceFeatures features);

    ModelProvenance provenance();
}
