package org.smartdunning.world;

import org.smartdunning.history.CustomerId;
import org.smartdunning.history.InvoiceId;

/** Sequential, zero-padded ids, so the same seed gives the same files. */
final class RowIds {
    private long invoices;
    private long payments;

    static CustomerId customer(long n) {
        return new CustomerId("C" + pad(n, 7));
    }

    InvoiceId nextInvoice() {
        return new InvoiceId("I" + pad(++invoices, 8));
    }

    String nextPayment() {
        return "P" + pad(++payments, 8);
    }

    private static String pad(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
