package org.smartdunning.history;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A creditor's whole history, indexed the way decisions read it: per customer and per invoice.
 * Immutable once built; facts are filtered by date by the readers, never here. The rows are packed
 * ({@link HistoryParts}) and made into records when read: a list handed out makes its rows as they are got.
 */
public final class CreditorHistory {
    private static final DunningAction[] ACTIONS = DunningAction.values();

    private final HistoryParts p;
    private final HistoryParts.Invoices invoices;
    private final HistoryParts.Payments payments;
    private final HistoryParts.Events events;
    private final HistoryParts.Inquiries inquiries;
    private final List<Invoice> invoiceList;
    private final List<DunningEvent> eventList;

    public CreditorHistory(Collection<Customer> customers, Collection<Invoice> invoices,
                           Collection<Payment> payments, Collection<DunningEvent> events,
                           Collection<Inquiry> inquiries) {
        this(packed(customers, invoices, payments, events, inquiries));
    }

    CreditorHistory(HistoryParts parts) {
        this.p = parts;
        this.invoices = parts.invoices();
        this.payments = parts.payments();
        this.events = parts.events();
        this.inquiries = parts.inquiries();
        this.invoiceList = new RowList<>(null, 0, invoices.count(), this::invoiceAt);
        this.eventList = new RowList<>(null, 0, events.day().length, k -> eventAt(k, null));
    }

    private static HistoryParts packed(Collection<Customer> customers, Collection<Invoice> invoices,
                                       Collection<Payment> payments, Collection<DunningEvent> events,
                                       Collection<Inquiry> inquiries) {
        HistoryBuilder builder = HistoryBuilder.inArrivalOrder();
        invoices.forEach(builder::invoice);
        payments.forEach(builder::payment);
        return new HistoryPacking(builder, false).pack(customers, events, inquiries);
    }

    public Customer customer(CustomerId id) {
        return p.customers().get(id);
    }

    public Invoice invoice(InvoiceId id) {
        int i = p.invoiceIds().indexOf(id);
        return i < 0 || i >= invoices.count() ? null : invoiceAt(i, id);
    }

    public Collection<Customer> customers() {
        return Collections.unmodifiableCollection(p.customers().values());
    }

    /** Every invoice, in the order of a hash map of them (which the readers' sums and seeded draws follow). */
    public Collection<Invoice> invoices() {
        return invoiceList;
    }

    /** The customer's invoices ordered by due date. */
    public List<Invoice> invoicesOf(CustomerId id) {
        return customersInvoices(id, this::invoiceAt);
    }

    /** The invoice's payments; their ids are the stored ones. */
    public List<Payment> paymentsOf(InvoiceId id) {
        int i = p.invoiceIds().indexOf(id);
        return i < 0 ? List.of() : paymentsAt(i, id);
    }

    /**
     * Every invoice with its payments and events, in the order of {@link #invoices()}; read by position, so no id
     * is looked up again (what a pass over every invoice with {@link #paymentsOf} and {@link #eventsOf} costs).
     */
    public List<InvoiceFacts> invoiceFacts() {
        return new RowList<>(null, 0, invoices.count(), this::factsAt);
    }

    /** The customer's invoices with their payments and events, and inquiries, read in place; empty for no such customer. */
    public InvoiceLedger ledgerOf(CustomerId id) {
        Integer key = p.customerKeys().get(id);
        return InvoiceLedger.ofCustomer(p, key == null ? -1 : key);
    }

    /** Every invoice with its payments and events, in the order of {@link #invoices()}, and every inquiry, read in place. */
    public InvoiceLedger ledger() {
        return InvoiceLedger.ofAll(p);
    }

    private <T> List<T> customersInvoices(CustomerId id, IntFunction<T> row) {
        Integer key = p.customerKeys().get(id);
        if (key == null) {
            return List.of();
        }
        Groups groups = p.invoicesByCustomer();
        return new RowList<>(groups.rows(), groups.start(key), groups.end(key), row);
    }

    private InvoiceFacts factsAt(int i) {
        InvoiceId id = p.invoiceIds().get(i);
        return new InvoiceFacts(invoiceAt(i, id), paymentsAt(i, id), eventsAt(i, id));
    }

    private List<Payment> paymentsAt(int i, InvoiceId id) {
        return new RowList<>(null, payments.starts()[i], payments.starts()[i + 1],
                k -> new Payment(payments.ids().get(k), id, p.days().of(payments.paidOn()[k]),
                        new Money(payments.cents()[k])));
    }

    /** What is still unpaid on the invoice counting only payments that arrived before {@code day}. */
    public Money unpaidBefore(InvoiceId id, LocalDate day) {
        int i = p.invoiceIds().indexOf(id);
        if (i < 0 || i >= invoices.count()) {
            throw new NullPointerException("no such invoice");
        }
        long before = day.toEpochDay();
        long paid = 0;
        for (int k = payments.starts()[i]; k < payments.starts()[i + 1]; k++) {
            if (payments.paidOn()[k] < before) {
                paid += payments.cents()[k];
            }
        }
        return new Money(invoices.cents()[i] - paid);
    }

    public List<DunningEvent> eventsOf(InvoiceId id) {
        int i = p.invoiceIds().indexOf(id);
        return i < 0 ? List.of() : eventsAt(i, id);
    }

    private List<DunningEvent> eventsAt(int i, InvoiceId id) {
        Groups groups = p.eventsByInvoice();
        return new RowList<>(groups.rows(), groups.start(i), groups.end(i), k -> eventAt(k, id));
    }

    public List<Inquiry> inquiriesOf(CustomerId id) {
        Integer key = p.customerKeys().get(id);
        if (key == null) {
            return List.of();
        }
        Groups groups = p.inquiriesByCustomer();
        return new RowList<>(groups.rows(), groups.start(key), groups.end(key), k -> new Inquiry(id,
                p.days().of(inquiries.day()[k]), inquiries.topic()[k],
                inquiries.invoice()[k] < 0 ? null : p.invoiceIds().get(inquiries.invoice()[k])));
    }

    /** All dunning events, in file order. */
    public List<DunningEvent> events() {
        return eventList;
    }

    public int customerCount() {
        return p.customers().size();
    }

    public int invoiceCount() {
        return invoices.count();
    }

    public int paymentCount() {
        return payments.cents().length;
    }

    public int inquiryCount() {
        return inquiries.day().length;
    }

    private Invoice invoiceAt(int i) {
        return invoiceAt(i, p.invoiceIds().get(i));
    }

    /** Invoice {@code i}, whose id is {@code id} (the caller's object, so that no id string is made). */
    private Invoice invoiceAt(int i, InvoiceId id) {
        return new Invoice(id, p.customerIds()[invoices.customer()[i]], p.days().of(invoices.issued()[i]),
                p.days().of(invoices.due()[i]), new Money(invoices.cents()[i]), invoices.currency()[i]);
    }

    /** Event {@code k}, of invoice {@code id} when the caller has it. */
    private DunningEvent eventAt(int k, InvoiceId id) {
        long propensity = events.propensity()[k];
        return new DunningEvent(id != null ? id : p.invoiceIds().get(events.invoice()[k]), p.days().of(events.day()[k]),
                ACTIONS[events.action()[k]], new Money(events.fee()[k]), events.experiment()[k], events.arm()[k],
                propensity == HistoryParts.Events.NO_PROPENSITY ? null : Double.longBitsToDouble(propensity));
    }
}
