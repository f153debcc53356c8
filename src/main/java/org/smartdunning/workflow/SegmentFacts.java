package org.smartdunning.workflow;

import java.util.Objects;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.Money;

/**
 * What a stage condition may ask about an invoice and its customer.
 *
 * @param type          private or business
 * @param country       the customer's country, ISO 3166-1
 * @param amount        the invoice's unpaid amount
 * @param paymentMethod the customer's payment method as in customers.csv; empty when unknown
 * @param risk          the risk band, or null when no model has scored the invoice (a risk condition then fails)
 */
public record SegmentFacts(CustomerType type, String country, Money amount, String paymentMethod, RiskBand risk) {
    public SegmentFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(amount, "amount");
        paymentMethod = paymentMethod == null ? "" : paymentMethod;
    }
}
