package org.smartdunning.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import org.smartdunning.history.Money;

/** Fast, strict parsers for the contract's field formats; they throw with a readable reason. */
final class Fields {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Fields() {
    }

    /** An ISO 4217 currency code the JDK knows, e.g. {@code SEK}. */
    static String currency(String text) {
        try {
            if (text.length() == 3 && Currency.getInstance(text).getCurrencyCode().equals(text)) {
                return text;
            }
        } catch (IllegalArgumentException e) {
            // not a code: reported below
        }
        throw new IllegalArgumentException("not an ISO 4217 currency code: '" + text + "'");
    }

    /** An ISO 3166-1 alpha-2 country code, e.g. {@code SE}. */
    static String country(String text) {
        if (!COUNTRIES.contains(text)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: '" + text + "'");
        }
        return text;
    }

    /** Strict ISO {@code YYYY-MM-DD}, without the cost of a DateTimeFormatter. */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("not a valid date: '" + text + "'");
                }
            }
        }
        throw new IllegalArgumentException("not a date (YYYY-MM-DD): '" + text + "'");
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A non-negative amount with at most two decimals, e.g. {@code 12.5}. */
    static Money amount(String text) {
        long cents = fastCents(text);
        Money money = cents >= 0 ? new Money(cents) : parseMoney(text);
        if (money.isNegative()) {
            throw new IllegalArgumentException("must not be negative: '" + text + "'");
        }
        if (money.cents() > 999_999_999_999_999_99L) {
            throw new IllegalArgumentException("larger than 9999999999999999.99: '" + text + "'");
        }
        return money;
    }

    private static Money parseMoney(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != '-' && c != '+') {
                throw new IllegalArgumentException("not a decimal number: '" + text + "'");
            }
        }
        try {
            return Money.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            String reason = e.getMessage();
            throw new IllegalArgumentException(reason != null && reason.contains("'") ? reason
                    : "not a decimal number: '" + text + "'");
        }
    }

    /** Plain {@code digits[.d[d]]} to cents; -1 for anything else (handled by the slow path). */
    private static long fastCents(String text) {
        int n = text.length();
        if (n == 0 || n > 15) {
            return -1;
        }
        long value = 0;
        int i = 0;
        int intDigits = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
            intDigits++;
            i++;
        }
        if (intDigits == 0) {
            return -1;
        }
        int decimals = 0;
        if (i < n) {
            if (text.charAt(i) != '.') {
                return -1;
            }
            i++;
            while (i < n) {
                char c = text.charAt(i);
                if (c < '0' || c > '9' || decimals == 2) {
                    return -1;
                }
                value = value * 10 + (c - '0');
                decimals++;
                i++;
            }
            if (decimals == 0) {
                return -1;
            }
        }
        for (; decimals < 2; decimals++) {
            value *= 10;
        }
        return value;
    }

    static int year(String text) {
        if (text.length() == 4) {
            int year = digits(text, 0, 4);
            if (year >= 0) {
                return year;
            }
        }
        throw new IllegalArgumentException("not a year (4 digits): '" + text + "'");
    }

    /** A probability in (0, 1]. */
    static double propensity(String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + text + "'");
        }
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("must be a probability in (0, 1]: '" + text + "'");
        }
        return value;
    }
}
