package org.smartdunning.store;

import java.time.LocalDate;
import org.smartdunning.history.Money;

/**
 * Fields of a PostgreSQL COPY CSV row, each followed by its separator. An unquoted empty field is
 * NULL, so text values are always quoted.
 */
final class PostgresCsvFields {
    private PostgresCsvFields() {
    }

    /** A text field; null (and empty: the contract's "unknown") as NULL. */
    static void text(StringBuilder b, String value) {
        if (value != null && !value.isEmpty()) {
            b.append('"');
            for (int i = 0, n = value.length(); i < n; i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    b.append('"');
                }
                b.append(c);
            }
            b.append('"');
        }
        b.append(',');
    }

    static void date(StringBuilder b, LocalDate date) {
        if (date != null) {
            b.append(date);
        }
        b.append(',');
    }

    /** Cents as a decimal with two places, without going through floating point. */
    static void money(StringBuilder b, Money money) {
        if (money != null) {
            long cents = money.cents();
            if (cents < 0) {
                b.append('-');
                cents = -cents;
            }
            long fraction = cents % 100;
            b.append(cents / 100).append('.').append(fraction < 10 ? "0" : "").append(fraction);
        }
        b.append(',');
    }
}
