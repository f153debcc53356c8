package org.smartdunning.history;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Turns a {@link HistoryBuilder}'s rows and the small tables into the packed, indexed {@link HistoryParts}. */
final class HistoryPacking {
    private final HistoryBuilder b;
    private final boolean idOrder;
    private final DaySpan span = new DaySpan();

    HistoryPacking(HistoryBuilder builder, boolean idOrder) {
        this.b = builder;
        this.idOrder = idOrder;
    }

    HistoryParts pack(Collection<Customer> customerRows, Collection<DunningEvent> eventRows,
                      Collection<Inquiry> inquiryRows) {
        Map<CustomerId, Customer> customers = new HashMap<>(customerRows.size() * 2);
        customerRows.forEach(c -> customers.put(c.id(), c));
        customerRows.forEach(c -> b.customerKey(c.id()));
        // every invoice id a row refers to gets an index, the invoices' own first
        int[] eventKeys = eventRows.stream().mapToInt(e -> b.ids.intern(e.invoiceId())).toArray();
        int[] inquiryKeys = inquiryRows.stream()
                .mapToInt(q -> q.invoiceId() == null ? -1 : b.ids.intern(q.invoiceId())).toArray();
        int n = b.invoiceRows;
        int[] rows = arrival(n);
        if (idOrder) {
            RowOrder.sort(rows, 0, n, (x, y) -> b.ids.compare(b.invoiceKey[x], b.invoiceKey[y]));
        }
        int[] keyOfIndex = hashMapOrder(rows);
        int[] indexOfKey = new int[b.ids.size()];
        Arrays.fill(indexOfKey, -1);
        for (int i = 0; i < n; i++) {
            if (indexOfKey[keyOfIndex[i]] >= 0) {
                throw new IllegalArgumentException("an invoice id comes twice");
            }
            indexOfKey[keyOfIndex[i]] = i;
        }
        for (int key = 0, next = n; key < indexOfKey.length; key++) {
            if (indexOfKey[key] < 0) {
                indexOfKey[key] = next;
                keyOfIndex[next++] = key;
            }
        }
        HistoryParts.Invoices invoices = invoices(rows, indexOfKey);
        b.dropInvoiceFields();
        HistoryParts.Inquiries inquiries = ActivityPacking.inquiries(b, span, inquiryRows, inquiryKeys, indexOfKey);
        Groups byCustomer = invoicesByCustomer(rows, indexOfKey, invoices);
        b.invoiceKey = null;
        HistoryParts.Payments payments = payments(indexOfKey);
        b.dropPayments();
        HistoryParts.Events events = ActivityPacking.events(b, span, eventRows, eventKeys, indexOfKey);
        return new HistoryParts(customers, Map.copyOf(b.customerKeys), b.customerIds.toArray(CustomerId[]::new),
                b.ids.reordered(keyOfIndex), invoices, byCustomer, payments, events,
                Groups.of(events.invoice(), indexOfKey.length), inquiries,
                Groups.of(inquiries.customer(), b.customerIds.size()), span.days());
    }

    /**
     * The invoice keys (room for every key) with the invoices first in the order a {@code HashMap} sized for them
     * iterates: by bucket of the id's spread hash, then in the order they were put.
     */
    private int[] hashMapOrder(int[] rows) {
        int n = rows.length;
        int buckets = n <= 0 ? 1 : Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1; // HashMap(2n)'s table
        long[] order = new long[n];
        for (int k = 0; k < n; k++) {
            int h = b.ids.hash(b.invoiceKey[rows[k]]);
            order[k] = (long) ((h ^ (h >>> 16)) & (buckets - 1)) << 32 | k;
        }
        Arrays.sort(order);
        int[] keyOfIndex = new int[Math.max(n, b.ids.size())]; // more invoices than ids: one came twice, refused below
        for (int i = 0; i < n; i++) {
            keyOfIndex[i] = b.invoiceKey[rows[(int) order[i]]];
        }
        return keyOfIndex;
    }

    private HistoryParts.Invoices invoices(int[] rows, int[] indexOfKey) {
        int n = rows.length;
        int[] customer = new int[n];
        int[] issued = new int[n];
        int[] due = new int[n];
        long[] cents = new long[n];
        String[] currency = new String[n];
        for (int row : rows) {
            int i = indexOfKey[b.invoiceKey[row]];
            customer[i] = b.invoiceCustomer[row];
            issued[i] = span.note(b.issued[row]);
            due[i] = span.note(b.due[row]);
            cents[i] = b.amount[row];
            currency[i] = b.currency[row];
        }
        return new HistoryParts.Invoices(n, customer, issued, due, cents, currency);
    }

    /** Each customer's invoices in arrival order, then by due day (equal days keep that order). */
    private Groups invoicesByCustomer(int[] rows, int[] indexOfKey, HistoryParts.Invoices invoices) {
        int[] owners = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            owners[k] = invoices.customer()[indexOfKey[b.invoiceKey[rows[k]]]];
        }
        Groups byArrival = Groups.of(owners, b.customerIds.size());
        int[] list = byArrival.rows();
        for (int k = 0; k < list.length; k++) {
            list[k] = indexOfKey[b.invoiceKey[rows[list[k]]]];
        }
        int[] due = invoices.due();
        for (int c = 0; c < b.customerIds.size(); c++) {
            RowOrder.sort(list, byArrival.start(c), byArrival.end(c), (x, y) -> Integer.compare(due[x], due[y]));
        }
        return byArrival;
    }

    /** Payments grouped by invoice index, in arrival (or payment id) order within each. */
    private HistoryParts.Payments payments(int[] indexOfKey) {
        int m = b.paymentRows;
        int[] rows = arrival(m);
        if (idOrder) {
            RowOrder.sort(rows, 0, m, b.paymentIds::compare);
        }
        int[] owners = new int[m];
        for (int k = 0; k < m; k++) {
            owners[k] = indexOfKey[b.paymentKey[rows[k]]];
        }
        Groups groups = Groups.of(owners, indexOfKey.length);
        int[] source = new int[m];
        int[] paidOn = new int[m];
        long[] cents = new long[m];
        for (int k = 0; k < m; k++) {
            source[k] = rows[groups.row(k)];
            paidOn[k] = span.note(b.paidOn[source[k]]);
            cents[k] = b.paid[source[k]];
        }
        return new HistoryParts.Payments(groups.starts(), b.paymentIds.reordered(source), paidOn, cents);
    }

    private static int[] arrival(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }
}
