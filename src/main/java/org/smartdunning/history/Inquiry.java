package org.smartdunning.history;

import java.time.LocalDate;
import java.util.Objects;

/** One row of inquiries.csv: a customer-service contact; {@code invoiceId} is null when unknown. */
public record Inquiry(CustomerId customerId, LocalDate occurredOn, String topic, InvoiceId invoiceId) {
    public static final String INVOICE_TOPIC = "invoice";

    public Inquiry {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(topic, "topic");
    }

    public boolean aboutInvoices() {
        return INVOICE_TOPIC.equals(topic);
    }
}
