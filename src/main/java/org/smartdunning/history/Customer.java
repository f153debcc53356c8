package org.smartdunning.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of customers.csv. Nullable fields are the ones the contract allows to be empty:
 * endedOn, language, postalCode, birthYear, paymentMethod, email, phone, plan, monthlyFee.
 */
public record Customer(
        CustomerId id,
        LocalDate createdOn,
        LocalDate endedOn,
        CustomerType type,
        String country,
        String language,
        String postalCode,
        Integer birthYear,
        String paymentMethod,
        String email,
        String phone,
        String plan,
        Money monthlyFee) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    /** Whether the relationship had ended before the given day (what was known before it). */
    public boolean endedBefore(LocalDate day) {
        return endedOn != null && endedOn.isBefore(day);
    }
}
