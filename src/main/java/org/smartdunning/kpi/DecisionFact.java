package org.smartdunning.kpi;

import java.time.LocalDate;
import org.smartdunning.history.InvoiceId;

/** A stored decision on an invoice: the day and the policy (with its model version) that made it. */
public record DecisionFact(InvoiceId invoiceId, LocalDate day, String policy, String version) {
    /** {@code policy version}, e.g. {@code learned-outcomes 20260601-s1}. */
    public String label() {
        return version == null || version.isEmpty() ? policy : policy + " " + version;
    }
}
