package org.smartdunning.ingest;

import java.time.LocalDate;
import org.smartdunning.history.Money;

/**
 * The data contract's rules for single values, for input that arrives one record at a time (the
 * API's billing events) rather than as a folder: the same checks and the same reasons as the import.
 * Each throws {@link IllegalArgumentException} with the reason; personal values are never echoed.
 */
public final class FieldRules {
    private FieldRules() {
    }

    /** Strict ISO {@code YYYY-MM-DD}. */
    public static LocalDate date(String text) {
        return Fields.date(text);
    }

    /** A non-negative amount with at most two decimals. */
    public static Money amount(String text) {
        return Fields.amount(text);
    }

    /** An ISO 4217 currency code. */
    public static String currency(String text) {
        return Fields.currency(text);
    }

    /** An ISO 3166-1 alpha-2 country code. */
    public static String country(String text) {
        return Fields.country(text);
    }

    /** A birth year in the contract's range. */
    public static int year(String text) {
        return Fields.year(text);
    }

    /** An address a mail server delivers to (JMail). */
    public static String email(String text) {
        return ContactFields.email(text);
    }

    /** A valid phone number of {@code country}, returned in E.164. */
    public static String phone(String text, String country) {
        return ContactFields.phone(text, country);
    }
}
