package org.smartdunning.history;

import java.util.List;

/**
 * An invoice with its payments and dunning events, as {@link CreditorHistory#paymentsOf} and
 * {@link CreditorHistory#eventsOf} give them.
 */
public record InvoiceFacts(Invoice invoice, List<Payment> payments, List<DunningEvent> events) {
}
