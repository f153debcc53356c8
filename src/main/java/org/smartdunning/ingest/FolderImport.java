package org.smartdunning.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;

/**
 * The rules of one import, applied row by row as the files stream by: every value is checked,
 * every problem collected; rows already stored are skipped, new ones go to the sink. Once a
 * problem is found nothing more is sent to the sink (the import will be rolled back anyway).
 */
final class FolderImport {
    private static final int PROGRESS_EVERY = 1 << 16;

    private final CreditorHistory stored;
    private final boolean storeEmpty;
    private final ImportProblems problems;
    private final HistorySink sink;
    private final ImportProgress progress;

    private final long[] read = new long[HistoryFile.values().length];
    private final long[] added = new long[HistoryFile.values().length];

    private final IdSet customerIds = new IdSet(1 << 16);
    private final IdSet invoiceIds = new IdSet(1 << 18);
    private final IdSet paymentIds = new IdSet(1 << 18);
    private final IdSet batchIds = new IdSet();
    private final EnumFlags unreadable = new EnumFlags();
    private Map<DunningEvent, Integer> storedEvents;
    private Map<Inquiry, Integer> storedInquiries;

    private long fileStart;
    private long rowProblemsBefore;

    FolderImport(CreditorHistory stored, ImportProblems problems, HistorySink sink, ImportProgress progress) {
        this.stored = stored;
        this.storeEmpty = stored.customerCount() == 0 && stored.invoiceCount() == 0;
        this.problems = problems;
        this.sink = sink;
        this.progress = progress;
    }

    RowCounts read() {
        return RowCounts.of(read);
    }

    RowCounts added() {
        return RowCounts.of(added);
    }

    void startFile(HistoryFile file) {
        fileStart = System.nanoTime();
        progress.fileStarted(file.path());
    }

    void finishFile(HistoryFile file, boolean wasRead) {
        if (!wasRead) {
            unreadable.set(file);
        }
        progress.fileFinished(file.path(), read[file.ordinal()], System.nanoTime() - fileStart);
    }

    void row(SourceRow row) {
        int file = row.file().ordinal();
        long n = ++read[file];
        if ((n & (PROGRESS_EVERY - 1)) == 0) {
            progress.rowsRead(row.file().path(), n, System.nanoTime() - fileStart);
        }
        rowProblemsBefore = problems.total();
        switch (row.file()) {
            case CUSTOMERS -> customer(row);
            case INVOICES -> invoice(row);
            case PAYMENTS -> payment(row);
            case DUNNING_EVENTS -> event(row);
            case INQUIRIES -> inquiry(row);
            case BATCH -> batchItem(row);
        }
    }

    // ---- files ----------------------------------------------------------------------------------

    private void customer(SourceRow row) {
        String id = required(row, 0);
        LocalDate createdOn = date(row, 1, true);
        LocalDate endedOn = date(row, 2, false);
        CustomerType type = null;
        String typeText = required(row, 3);
        if (typeText != null) {
            try {
                type = CustomerType.parse(typeText);
            } catch (IllegalArgumentException e) {
                problem(row, 3, e.getMessage());
            }
        }
        String country = required(row, 4);
        Integer birthYear = null;
        String birthYearText = optional(row, 7);
        if (birthYearText != null) {
            try {
                birthYear = Fields.year(birthYearText);
            } catch (IllegalArgumentException e) {
                problem(row, 7, e.getMessage());
            }
        }
        Money monthlyFee = amount(row, 12, false);
        if (createdOn != null && endedOn != null && endedOn.isBefore(createdOn)) {
            problem(row, 2, "ended_on " + endedOn + " is before created_on " + createdOn);
        }
        if (id == null) {
            return;
        }
        if (!customerIds.add(id)) {
            problem(row, 0, "duplicate customer_id '" + id + "'");
            return;
        }
        if (rowHasProblems()) {
            return;
        }
        Customer customer = new Customer(new CustomerId(id), createdOn, endedOn, type, country, optional(row, 5),
                optional(row, 6), birthYear, optional(row, 8), optional(row, 9), optional(row, 10), optional(row, 11),
                monthlyFee);
        Customer before = storeEmpty ? null : stored.customer(customer.id());
        if (before != null) {
            if (!before.equals(customer)) {
                problem(row, 0, "customer_id '" + id + "' is already stored with different content");
            }
        } else if (problems.isEmpty()) {
            sink.customer(customer);
            added[HistoryFile.CUSTOMERS.ordinal()]++;
        }
    }

    private void invoice(SourceRow row) {
        String id = required(row, 0);
        String customerId = customerReference(row, 1, true);
        LocalDate issuedOn = date(row, 2, true);
        LocalDate dueOn = date(row, 3, true);
        Money amount = amount(row, 4, true);
        String currency = required(row, 5);
        if (issuedOn != null && dueOn != null && dueOn.isBefore(issuedOn)) {
            problem(row, 3, "due_on " + dueOn + " is before issued_on " + issuedOn);
        }
        if (id == null) {
            return;
        }
        if (!invoiceIds.add(id)) {
            problem(row, 0, "duplicate invoice_id '" + id + "'");
            return;
        }
        if (rowHasProblems()) {
            return;
        }
        Invoice invoice = new Invoice(new InvoiceId(id), new CustomerId(customerId), issuedOn, dueOn, amount, currency);
        Invoice before = storeEmpty ? null : stored.invoice(invoice.id());
        if (before != null) {
            if (!before.equals(invoice)) {
                problem(row, 0, "invoice_id '" + id + "' is already stored with different content");
            }
        } else if (problems.isEmpty()) {
            sink.invoice(invoice);
            added[HistoryFile.INVOICES.ordinal()]++;
        }
    }

    private void payment(SourceRow row) {
        String id = required(row, 0);
        String invoiceId = invoiceReference(row, 1, true);
        LocalDate paidOn = date(row, 2, true);
        Money amount = amount(row, 3, true);
        if (id == null) {
            return;
        }
        if (!paymentIds.add(id)) {
            problem(row, 0, "duplicate payment_id '" + id + "'");
            return;
        }
        if (rowHasProblems()) {
            return;
        }
        Payment payment = new Payment(id, new InvoiceId(invoiceId), paidOn, amount);
        Payment before = storeEmpty ? null : storedPayment(payment);
        if (before != null) {
            if (!before.equals(payment)) {
                problem(row, 0, "payment_id '" + id + "' is already stored with different content");
            }
        } else if (problems.isEmpty()) {
            sink.payment(payment);
            added[HistoryFile.PAYMENTS.ordinal()]++;
        }
    }

    private Map<String, Payment> storedPayments;

    private Payment storedPayment(Payment payment) {
        if (storedPayments == null) {
            storedPayments = new HashMap<>();
            for (Invoice invoice : stored.invoices()) {
                for (Payment p : stored.paymentsOf(invoice.id())) {
                    storedPayments.put(p.id(), p);
                }
            }
        }
        return storedPayments.get(payment.id());
    }

    private void event(SourceRow row) {
        String invoiceId = invoiceReference(row, 0, true);
        LocalDate occurredOn = date(row, 1, true);
        String actionText = required(row, 2);
        String channelText = optional(row, 3);
        DunningAction action = null;
        if (actionText != null) {
            try {
                action = DunningAction.of(actionText, channelText);
            } catch (IllegalArgumentException e) {
                boolean knownAction = actionText.equals("none") || actionText.equals("reminder")
                        || actionText.equals("collection");
                problem(row, knownAction ? 3 : 2, e.getMessage());
            }
        }
        Money fee = amount(row, 4, true);
        Double propensity = null;
        String propensityText = optional(row, 7);
        if (propensityText != null) {
            try {
                propensity = Fields.propensity(propensityText);
            } catch (IllegalArgumentException e) {
                problem(row, 7, e.getMessage());
            }
        }
        if (rowHasProblems()) {
            return;
        }
        DunningEvent event = new DunningEvent(new InvoiceId(invoiceId), occurredOn, action, fee, optional(row, 5),
                optional(row, 6), propensity);
        if (!storeEmpty) {
            if (storedEvents == null) {
                storedEvents = multiset(stored.events());
            }
            if (takeOne(storedEvents, event)) {
                return;
            }
        }
        if (problems.isEmpty()) {
            sink.event(event);
            added[HistoryFile.DUNNING_EVENTS.ordinal()]++;
        }
    }

    private void inquiry(SourceRow row) {
        String customerId = customerReference(row, 0, true);
        LocalDate occurredOn = date(row, 1, true);
        String topic = required(row, 2);
        String invoiceId = invoiceReference(row, 3, false);
        if (rowHasProblems()) {
            return;
        }
        Inquiry inquiry = new Inquiry(new CustomerId(customerId), occurredOn, topic,
                invoiceId == null ? null : new InvoiceId(invoiceId));
        if (!storeEmpty) {
            if (storedInquiries == null) {
                storedInquiries = new HashMap<>();
                for (Customer c : stored.customers()) {
                    for (Inquiry q : stored.inquiriesOf(c.id())) {
                        storedInquiries.merge(q, 1, Integer::sum);
                    }
                }
            }
            if (takeOne(storedInquiries, inquiry)) {
                return;
            }
        }
        if (problems.isEmpty()) {
            sink.inquiry(inquiry);
            added[HistoryFile.INQUIRIES.ordinal()]++;
        }
    }

    private void batchItem(SourceRow row) {
        String invoiceId = invoiceReference(row, 0, true);
        LocalDate decideOn = date(row, 1, true);
        if (invoiceId != null && !batchIds.add(invoiceId)) {
            problem(row, 0, "duplicate invoice_id '" + invoiceId + "' in the batch");
        }
        if (rowHasProblems()) {
            return;
        }
        if (problems.isEmpty()) {
            sink.batchItem((int) read[HistoryFile.BATCH.ordinal()], new BatchItem(new InvoiceId(invoiceId), decideOn));
            added[HistoryFile.BATCH.ordinal()]++;
        }
    }

    // ---- values ---------------------------------------------------------------------------------

    private String customerReference(SourceRow row, int column, boolean required) {
        String id = required ? required(row, column) : optional(row, column);
        if (id != null && !unreadable.has(HistoryFile.CUSTOMERS) && !customerIds.contains(id)
                && (storeEmpty || stored.customer(new CustomerId(id)) == null)) {
            problem(row, column, "unknown customer_id '" + id + "': neither in customers.csv nor already stored");
        }
        return id;
    }

    private String invoiceReference(SourceRow row, int column, boolean required) {
        String id = required ? required(row, column) : optional(row, column);
        if (id != null && !unreadable.has(HistoryFile.INVOICES) && !invoiceIds.contains(id)
                && (storeEmpty || stored.invoice(new InvoiceId(id)) == null)) {
            problem(row, column, "unknown invoice_id '" + id + "': neither in invoices.csv nor already stored");
        }
        return id;
    }

    private String required(SourceRow row, int column) {
        String value = row.get(column);
        if (value == null || value.isEmpty()) {
            problem(row, column, "required value is empty");
            return null;
        }
        return value;
    }

    private static String optional(SourceRow row, int column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    private LocalDate date(SourceRow row, int column, boolean required) {
        String text = required ? required(row, column) : optional(row, column);
        if (text == null) {
            return null;
        }
        try {
            return Fields.date(text);
        } catch (IllegalArgumentException e) {
            problem(row, column, e.getMessage());
            return null;
        }
    }

    private Money amount(SourceRow row, int column, boolean required) {
        String text = required ? required(row, column) : optional(row, column);
        if (text == null) {
            return null;
        }
        try {
            return Fields.amount(text);
        } catch (IllegalArgumentException e) {
            problem(row, column, e.getMessage());
            return null;
        }
    }

    private void problem(SourceRow row, int column, String reason) {
        problems.add(row.problem(column, reason));
    }

    private boolean rowHasProblems() {
        return problems.total() != rowProblemsBefore;
    }

    private static <K> Map<K, Integer> multiset(Iterable<K> items) {
        Map<K, Integer> counts = new HashMap<>();
        items.forEach(item -> counts.merge(item, 1, Integer::sum));
        return counts;
    }

    /** Whether the item was still in the multiset; removes one occurrence. */
    private static <K> boolean takeOne(Map<K, Integer> counts, K item) {
        Integer count = counts.get(item);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            counts.remove(item);
        } else {
            counts.put(item, count - 1);
        }
        return true;
    }

    /** Which files could not be read: references into them are not checked (they would all fail). */
    private static final class EnumFlags {
        private int bits;

        void set(HistoryFile file) {
            bits |= 1 << file.ordinal();
        }

        boolean has(HistoryFile file) {
            return (bits & (1 << file.ordinal())) != 0;
        }
    }
}
