package org.smartdunning.history;

import java.time.LocalDate;
import java.util.Objects;

/** One row of payments.csv: money that arrived for an invoice, possibly one of several parts. */
public record Payment(String id, InvoiceId invoiceId, LocalDate paidOn, Money amount) {
    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(amount, "amount");
    }
}
