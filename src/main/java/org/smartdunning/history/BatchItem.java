package org.smartdunning.history;

import java.time.LocalDate;
import java.util.Objects;

/** One row of batch.csv: an overdue invoice to decide, and the day the action would be taken. */
public record BatchItem(InvoiceId invoiceId, LocalDate decideOn) {
    public BatchItem {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(decideOn, "decideOn");
    }
}
