package org.smartdunning.features;

import org.smartdunning.history.InvoiceLedger;

/**
 * When an invoice was fully paid, looking only at payments that arrived before a given day; days are epoch day
 * numbers, {@link #NOT_PAID} when the payments so far do not cover the invoice.
 */
record PaymentState(long paidCents, int fullyPaidOn) {
    static final int NOT_PAID = Integer.MIN_VALUE;

    /** Invoice {@code k} of the ledger, its payments before {@code before} taken in date order (ties as listed). */
    static PaymentState of(InvoiceLedger ledger, int k, int before) {
        int n = ledger.payments(k);
        int[] days = new int[n];
        long[] cents = new long[n];
        int known = 0;
        for (int j = 0; j < n; j++) {
            int day = ledger.paidOn(k, j);
            if (day < before) {
                // insertion sort, stable: payments are few per invoice
                int at = known++;
                while (at > 0 && days[at - 1] > day) {
                    days[at] = days[at - 1];
                    cents[at] = cents[at - 1];
                    at--;
                }
                days[at] = day;
                cents[at] = ledger.paidCents(k, j);
            }
        }
        long amount = ledger.cents(k);
        long paid = 0;
        int fullyPaidOn = NOT_PAID;
        for (int j = 0; j < known; j++) {
            paid += cents[j];
            if (fullyPaidOn == NOT_PAID && paid >= amount) {
                fullyPaidOn = days[j];
            }
        }
        return new PaymentState(paid, fullyPaidOn);
    }

    boolean fullyPaid() {
        return fullyPaidOn != NOT_PAID;
    }

    boolean paidBy(int day) {
        return fullyPaidOn != NOT_PAID && fullyPaidOn <= day;
    }
}
