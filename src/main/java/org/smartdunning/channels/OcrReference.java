package org.smartdunning.channels;

import java.util.Objects;
import org.smartdunning.history.InvoiceId;

/**
 * A Swedish OCR payment reference (Bankgirot): the digits of the invoice id followed by a Luhn
 * (mod 10) check digit, so a bank rejects a mistyped reference instead of booking the payment to
 * no invoice. Bankgirot allows 2 to 25 digits.
 */
public record OcrReference(String value) {
    public OcrReference {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid OCR reference (2-25 digits, Luhn check digit last): '"
                    + value + "'");
        }
    }

    /** The reference for an invoice: its id's digits (other characters dropped) plus a check digit. */
    public static OcrReference of(InvoiceId invoiceId) {
        String digits = invoiceId.value().replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 24) {
            throw new IllegalArgumentException("invoice id " + invoiceId + " has " + digits.length()
                    + " digits; an OCR reference needs 1 to 24 before its check digit");
        }
        return new OcrReference(digits + checkDigit(digits));
    }

    /** Whether {@code text} is 2-25 digits whose last digit is the Luhn check digit of the others. */
    public static boolean isValid(String text) {
        if (text == null || !text.matches("[0-9]{2,25}")) {
            return false;
        }
        return checkDigit(text.substring(0, text.length() - 1)) == text.charAt(text.length() - 1) - '0';
    }

    /** Luhn: from the right, every other digit doubled (digits of the product summed), to a multiple of 10. */
    static int checkDigit(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
