package org.smartdunning.channels;

import java.util.Objects;

/**
 * The creditor's details printed on letters and used as the e-mail sender's name.
 *
 * @param name          legal name
 * @param address       postal address, lines separated by newlines
 * @param registration  organisation number
 * @param bankAccount   where to pay (IBAN, bankgiro, kontonummer)
 * @param email         contact e-mail, also the From address
 * @param phone         customer-service phone
 */
public record Creditor(String name, String address, String registration, String bankAccount, String email,
                       String phone) {
    public Creditor {
        Objects.requireNonNull(name, "name");
        address = address == null ? "" : address;
        registration = registration == null ? "" : registration;
        bankAccount = bankAccount == null ? "" : bankAccount;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
    }
}
