package org.smartdunning.channels;

import java.util.Objects;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;

/**
 * Where a message goes. The contract's customers have no name or street address, so letters are
 * addressed to the customer number and postal code.
 */
public record Recipient(CustomerId customerId, String email, String phone, String postalCode, String country,
                        String language) {
    public Recipient {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(language, "language");
    }

    /** Whether a message by this action can reach the recipient: SMS needs a phone, e-mail an address. */
    public boolean canReceive(DunningAction action) {
        return switch (action) {
            case SMS -> phone != null && !phone.isBlank();
            case EMAIL -> email != null && !email.isBlank();
            default -> true;
        };
    }

    /** The recipient for a customer, writing in {@code language} (the customer's or the workflow's default). */
    public static Recipient of(Customer customer, String language) {
        return new Recipient(customer.id(), customer.email(), customer.phone(), customer.postalCode(),
                customer.country(), language);
    }
}
