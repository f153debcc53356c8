package org.smartdunning.history;

import java.time.LocalDate;
import java.util.Objects;

/** One row of invoices.csv. */
public record Invoice(InvoiceId id, CustomerId customerId, LocalDate issuedOn, LocalDate dueOn,
                      Money amount, String currency) {
    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
