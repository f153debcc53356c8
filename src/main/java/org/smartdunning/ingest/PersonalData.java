package org.smartdunning.ingest;

import java.util.Set;

/**
 * Masks personal data before a value is shown in a problem: the contact and address columns
 * always, and in any column a value shaped like an e-mail address or a phone number (a shifted or
 * mislabelled column must not print one). {@code anna@example.org} shows as {@code a***@e***.org},
 * {@code +46701234567} as {@code +4670*****67}.
 */
final class PersonalData {
    private static final Set<String> COLUMNS = Set.of("email", "phone", "postal_code");
    private static final int PHONE_DIGITS = 7;

    private PersonalData() {
    }

    /** The reason, with the cell's value masked wherever it appears when the value is personal data. */
    static String hide(String reason, String column, String value) {
        if (value == null || value.isEmpty() || !isPersonal(column, value)) {
            return reason;
        }
        String masked = mask(value);
        String hidden = reason.replace("'" + value + "'", "'" + masked + "'");
        return value.length() >= 4 ? hidden.replace(value, masked) : hidden;
    }

    private static boolean isPersonal(String column, String value) {
        return COLUMNS.contains(column) || column.endsWith("name") || value.indexOf('@') >= 0 || hasPhoneNumber(value);
    }

    /**
     * Whether the value holds what may be a phone number: from a {@code +}, or a {@code 0} or
     * {@code (} not preceded by a digit, at least seven digits written with phone separators only. Dates
     * ({@code 2024-01-32}, {@code 15.02.2024}) do not qualify.
     */
    private static boolean hasPhoneNumber(String value) {
        for (int start = 0; start < value.length(); start++) {
            char c = value.charAt(start);
            boolean runStart = c == '+' || (c == '0' || c == '(') && (start == 0 || !isDigit(value.charAt(start - 1)));
            if (runStart && digitsFrom(value, start) >= PHONE_DIGITS) {
                return true;
            }
        }
        return false;
    }

    private static int digitsFrom(String value, int start) {
        int digits = 0;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if ("+ -()./".indexOf(c) < 0) {
                break;
            }
        }
        return digits;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String mask(String value) {
        int at = value.lastIndexOf('@');
        if (at >= 0) {
            String domain = value.substring(at + 1);
            String tld = domain.substring(domain.lastIndexOf('.') + 1);
            return keep(value.substring(0, at), 1) + "***@" + keep(domain, 1) + "***"
                    + (tld.length() < domain.length() && tld.matches("[A-Za-z]{2,6}") ? "." + tld : "");
        }
        if (hasPhoneNumber(value) && value.length() >= 9) {
            return value.substring(0, 5) + "*".repeat(value.length() - 7) + value.substring(value.length() - 2);
        }
        return keep(value, 1) + "***";
    }

    private static String keep(String text, int count) {
        return text.substring(0, Math.min(count, text.length()));
    }
}
