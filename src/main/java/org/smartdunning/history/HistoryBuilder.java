package org.smartdunning.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Packs invoices and payments as they arrive, a few numbers each (see {@link HistoryParts}), so that millions
 * of them never stand on the heap as objects; {@link #build} adds the far fewer customers, events and
 * inquiries and makes the history, once: it lets go of each column as soon as it is packed.
 */
public final class HistoryBuilder {

    private final boolean idOrder;
    private boolean built;
    final PackedInvoiceIds ids = new PackedInvoiceIds(1 << 12);
    private final SharedParts shared = new SharedParts();
    /** Customers by key, in the order first referred to: keys are how rows refer to customers. */
    final Map<CustomerId, Integer> customerKeys = new HashMap<>();
    final List<CustomerId> customerIds = new ArrayList<>();
    int invoiceRows;
    int[] invoiceKey = new int[1 << 12];
    int[] invoiceCustomer = new int[1 << 12];
    int[] issued = new int[1 << 12];
    int[] due = new int[1 << 12];
    long[] amount = new long[1 << 12];
    String[] currency = new String[1 << 12];
    int paymentRows;
    int[] paymentKey = new int[1 << 12];
    int[] paidOn = new int[1 << 12];
    long[] paid = new long[1 << 12];
    PackedStrings paymentIds = new PackedStrings(1 << 12);

    private HistoryBuilder(boolean idOrder) {
        this.idOrder = idOrder;
    }

    /** Keeps the rows in the order they were added: lists of a customer's invoices and an invoice's payments follow it. */
    public static HistoryBuilder inArrivalOrder() {
        return new HistoryBuilder(false);
    }

    /** Orders invoices by id and payments by payment id (code point order), as a store returns them. */
    public static HistoryBuilder inIdOrder() {
        return new HistoryBuilder(true);
    }

    public void invoice(Invoice invoice) {
        open();
        if (invoiceRows == invoiceKey.length) {
            int n = invoiceRows + (invoiceRows >> 1); // half again: less room left unused than doubling
            invoiceKey = Arrays.copyOf(invoiceKey, n);
            invoiceCustomer = Arrays.copyOf(invoiceCustomer, n);
            issued = Arrays.copyOf(issued, n);
            due = Arrays.copyOf(due, n);
            amount = Arrays.copyOf(amount, n);
            currency = Arrays.copyOf(currency, n);
        }
        int row = invoiceRows++;
        invoiceKey[row] = ids.intern(invoice.id());
        invoiceCustomer[row] = customerKey(invoice.customerId());
        issued[row] = Math.toIntExact(invoice.issuedOn().toEpochDay());
        due[row] = Math.toIntExact(invoice.dueOn().toEpochDay());
        amount[row] = invoice.amount().cents();
        currency[row] = text(invoice.currency());
    }

    public void payment(Payment payment) {
        packPayment(ids.intern(payment.invoiceId()), payment.id(), payment.paidOn(), payment.amount());
    }

    /**
     * A payment of the {@code invoice}-th invoice added (from 0), which a store's join has already found: the same as
     * {@link #payment(Payment)} without looking its invoice id up again.
     */
    public void payment(int invoice, String id, LocalDate paidOn, Money amount) {
        open();
        packPayment(invoiceKey[Objects.checkIndex(invoice, invoiceRows)], id, paidOn, amount);
    }

    /** The id of the {@code invoice}-th invoice added (from 0). */
    public InvoiceId invoiceId(int invoice) {
        open();
        return ids.get(invoiceKey[Objects.checkIndex(invoice, invoiceRows)]);
    }

    private void packPayment(int key, String id, LocalDate day, Money amount) {
        open();
        if (paymentRows == paymentKey.length) {
            int n = paymentRows + (paymentRows >> 1);
            paymentKey = Arrays.copyOf(paymentKey, n);
            paidOn = Arrays.copyOf(paidOn, n);
            paid = Arrays.copyOf(paid, n);
        }
        int row = paymentRows++;
        paymentKey[row] = key;
        paidOn[row] = Math.toIntExact(day.toEpochDay());
        paid[row] = amount.cents();
        paymentIds.add(id);
    }

    /** The history of the rows added so far, with these customers, events (in this order) and inquiries. */
    public CreditorHistory build(Collection<Customer> customers, Collection<DunningEvent> events,
                                 Collection<Inquiry> inquiries) {
        open();
        built = true;
        return new CreditorHistory(new HistoryPacking(this, idOrder).pack(customers, events, inquiries));
    }

    /** Lets go of the invoices' columns but their ids' keys, once packed. */
    void dropInvoiceFields() {
        invoiceCustomer = null;
        issued = null;
        due = null;
        amount = null;
        currency = null;
    }

    /** Lets go of the payments' columns, once packed. */
    void dropPayments() {
        paymentKey = null;
        paidOn = null;
        paid = null;
        paymentIds = null;
    }

    private void open() {
        if (built) {
            throw new IllegalStateException("the history was built: its rows are packed and let go");
        }
    }

    int customerKey(CustomerId id) {
        Integer key = customerKeys.get(id);
        if (key == null) {
            key = customerIds.size();
            customerKeys.put(id, key);
            customerIds.add(id);
        }
        return key;
    }

    /** One object per equal short text (currency, experiment, arm, topic). */
    String text(String text) {
        return shared.text(text);
    }
}
