package org.smartdunning.history;

/**
 * Invoices with their payments and dunning events, and inquiries, read in place: days as epoch day numbers and
 * amounts as cents, no row made into a record. The as-of features read every earlier invoice of a customer for each
 * decision and each logged action, and the creditor-wide rates every invoice: millions of rows at 100,000 customers.
 * A customer's ledger ({@link CreditorHistory#ledgerOf}) holds the customer's invoices by due date, as
 * {@link CreditorHistory#invoicesOf} orders them, and the customer's inquiries; the creditor's
 * ({@link CreditorHistory#ledger}) every invoice in the order of {@link CreditorHistory#invoices}, and every inquiry.
 * Payments, events and inquiries are in the order the history's lists give them.
 */
public final class InvoiceLedger {
    private static final DunningAction[] ACTIONS = DunningAction.values();

    private final HistoryParts p;
    /** Null for the rows themselves: invoice {@code k} is then row {@code k}. */
    private final int[] invoiceRows;
    private final int invoiceFrom;
    private final int invoiceCount;
    private final int[] inquiryRows;
    private final int inquiryFrom;
    private final int inquiryCount;

    private InvoiceLedger(HistoryParts p, Groups invoices, Groups inquiries, int key) {
        this.p = p;
        invoiceRows = invoices == null ? null : invoices.rows();
        invoiceFrom = invoices == null ? 0 : invoices.start(key);
        invoiceCount = invoices == null ? p.invoices().count() : invoices.end(key) - invoiceFrom;
        inquiryRows = inquiries == null ? null : inquiries.rows();
        inquiryFrom = inquiries == null ? 0 : inquiries.start(key);
        inquiryCount = inquiries == null ? p.inquiries().day().length : inquiries.end(key) - inquiryFrom;
    }

    /** The customer's with this key (-1: none, an empty ledger). */
    static InvoiceLedger ofCustomer(HistoryParts p, int key) {
        return new InvoiceLedger(p, p.invoicesByCustomer(), p.inquiriesByCustomer(), key);
    }

    /** The creditor's: every invoice and every inquiry. */
    static InvoiceLedger ofAll(HistoryParts p) {
        return new InvoiceLedger(p, null, null, 0);
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

    /** Whether event {@code j} of invoice {@code k} belongs to an experiment (a non-blank experiment name). */
    public boolean eventInExperiment(int k, int j) {
        String experiment = p.events().experiment()[event(k, j)];
        return experiment != null && !experiment.isBlank();
    }

    public int inquiries() {
        return inquiryCount;
    }

    public int inquiryDay(int q) {
        return p.inquiries().day()[inquiry(q)];
    }

    /** Whether inquiry {@code q} is about invoices ({@link Inquiry#aboutInvoices}). */
    public boolean inquiryAboutInvoices(int q) {
        return Inquiry.INVOICE_TOPIC.equals(p.inquiries().topic()[inquiry(q)]);
    }

    /** Whether inquiry {@code q} names no invoice, or this one. */
    public boolean inquiryNamesNoneOr(int q, InvoiceId id) {
        int invoice = p.inquiries().invoice()[inquiry(q)];
        return invoice < 0 || p.invoiceIds().is(invoice, id);
    }

    private int invoice(int k) {
        return invoiceRows == null ? k : invoiceRows[invoiceFrom + k];
    }

    private int inquiry(int q) {
        return inquiryRows == null ? q : inquiryRows[inquiryFrom + q];
    }

    private int payment(int k, int j) {
        return p.payments().starts()[invoice(k)] + j;
    }

    private int event(int k, int j) {
        return p.eventsByInvoice().row(p.eventsByInvoice().start(invoice(k)) + j);
    }
}
