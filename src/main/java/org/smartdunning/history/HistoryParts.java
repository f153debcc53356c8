package org.smartdunning.history;

import java.util.Map;

/**
 * What a {@link CreditorHistory} holds, packed: per row only the fields the readers use, as numbers in arrays
 * (days as epoch day numbers, amounts as cents, actions as ordinals), rows grouped by index instead of by maps.
 * Invoices are numbered in the order a {@code HashMap} of them iterated (which the readers' sums and seeded draws
 * followed), then the ids that rows refer to without an invoice of their own; customers by key (any order).
 */
record HistoryParts(Map<CustomerId, Customer> customers, Map<CustomerId, Integer> customerKeys,
                    CustomerId[] customerIds, PackedInvoiceIds invoiceIds, Invoices invoices,
                    Groups invoicesByCustomer, Payments payments, Events events, Groups eventsByInvoice,
                    Inquiries inquiries, Groups inquiriesByCustomer, Days days) {

    /** Invoice {@code i}'s fields (its id in {@link #invoiceIds}); {@code customer} is a customer key. */
    record Invoices(int count, int[] customer, int[] issued, int[] due, long[] cents, String[] currency) {
    }

    /** Payments in invoice order: those of invoice {@code i} are {@code starts[i]} up to {@code starts[i + 1] - 1}. */
    record Payments(int[] starts, PackedStrings ids, int[] paidOn, long[] cents) {
    }

    /** Dunning events in file order; {@code invoice} an invoice index, {@code propensity} raw bits or {@link #NO_PROPENSITY}. */
    record Events(int[] invoice, int[] day, byte[] action, long[] fee, String[] experiment, String[] arm,
                  long[] propensity) {
        /** A NaN no parser makes. */
        static final long NO_PROPENSITY = 0x7ff0_dead_0000_0001L;
    }

    /** Inquiries in file order; {@code customer} a customer key, {@code invoice} an invoice index or -1. */
    record Inquiries(int[] customer, int[] day, String[] topic, int[] invoice) {
    }
}
