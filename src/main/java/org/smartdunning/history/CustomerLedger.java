package org.smartdunning.history;

/**
 * One customer's invoices, with their payments and dunning events, and the customer's inquiries, read in place:
 * days as epoch day numbers and amounts as cents, no row made into a record. The as-of features read every
 * earlier invoice of a customer for each decision and each logged action, millions of rows at 100,000 customers.
 * Invoice {@code k} is the customer's {@code k}-th by due date, as {@link CreditorHistory#invoicesOf} orders them;
 * payments, events and inquiries are in the order the history's lists give them.
 */
public final class CustomerLedger {
    private static final DunningAction[] ACTIONS = DunningAction.values();

    private final HistoryParts p;
    private final int[] invoiceRows;
    private final int invoiceFrom;
    private final int invoiceCount;
    private final int[] inquiryRows;
    private final int inquiryFrom;
    private final int inquiryCount;

    CustomerLedger(HistoryParts p, int key) {
        this.p = p;
        Groups invoices = p.invoicesByCustomer();
        invoiceRows = invoices.rows();
        invoiceFrom = invoices.start(key);
        invoiceCount = invoices.end(key) - invoiceFrom;
        Groups inquiries = p.inquiriesByCustomer();
        inquiryRows = inquiries.rows();
        inquiryFrom = inquiries.start(key);
        inquiryCount = inquiries.end(key) - inquiryFrom;
    }

    public int invoices() {
        return invoiceCount;
    }

    /** Whether invoice {@code k} is the one with this id (no id string is made). */
    public boolean isInvoice(int k, InvoiceId id) {
        return p.invoiceIds().is(invoice(k), id);
    }

    public int issuedOn(int k) {
        return p.invoices().issued()[invoice(k)];
    }

    public int dueOn(int k) {
        return p.invoices().due()[invoice(k)];
    }

    public long cents(int k) {
        return p.invoices().cents()[invoice(k)];
    }

    public int payments(int k) {
        int i = invoice(k);
        return p.payments().starts()[i + 1] - p.payments().starts()[i];
    }

    public int paidOn(int k, int j) {
        return p.payments().paidOn()[payment(k, j)];
    }

    public long paidCents(int k, int j) {
        return p.payments().cents()[payment(k, j)];
    }

    public int events(int k) {
        int i = invoice(k);
        return p.eventsByInvoice().end(i) - p.eventsByInvoice().start(i);
    }

    public int eventDay(int k, int j) {
        return p.events().day()[event(k, j)];
    }

    public DunningAction eventAction(int k, int j) {
        return ACTIONS[p.events().action()[event(k, j)]];
    }

    public int inquiries() {
        return inquiryCount;
    }

    public int inquiryDay(int q) {
        return p.inquiries().day()[inquiryRows[inquiryFrom + q]];
    }

    /** Whether inquiry {@code q} is about invoices ({@link Inquiry#aboutInvoices}). */
    public boolean inquiryAboutInvoices(int q) {
        return Inquiry.INVOICE_TOPIC.equals(p.inquiries().topic()[inquiryRows[inquiryFrom + q]]);
    }

    /** Whether inquiry {@code q} names no invoice, or this one. */
    public boolean inquiryNamesNoneOr(int q, InvoiceId id) {
        int invoice = p.inquiries().invoice()[inquiryRows[inquiryFrom + q]];
        return invoice < 0 || p.invoiceIds().is(invoice, id);
    }

    private int invoice(int k) {
        return invoiceRows[invoiceFrom + k];
    }

    private int payment(int k, int j) {
        return p.payments().starts()[invoice(k)] + j;
    }

    private int event(int k, int j) {
        return p.eventsByInvoice().row(p.eventsByInvoice().start(invoice(k)) + j);
    }
}
