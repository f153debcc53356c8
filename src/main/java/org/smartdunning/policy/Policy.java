package org.smartdunning.policy;

import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.models.ModelProvenance;

/** Chooses one action for one overdue invoice. */
public interface Policy {

    Decision decide(InvoiceFeatures features);

    /** Decides a whole batch; models that score matrices faster than rows do it in one pass. */
    default java.util.List<Decision> decideAll(java.util.List<InvoiceFeatures> batch) {
        return batch.stream().map(this::decide).toList();
    }

    ModelProvenance provenance();
}
