package org.smartdunning.application.folder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.HistoryBuilder;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;
import org.smartdunning.history.SharedParts;
import org.smartdunning.ingest.HistorySink;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.models.SideTask;

/**
 * A store that keeps the rows an import hands to it when the creditor's store held nothing before, so the
 * history is not read back right after it was written (3.4 s of CPU at 100,000 customers): the kept rows
 * are the whole history then, in the order and with the values the store reads back ({@code ""} stored as
 * null, every list ordered as the store's loader orders it). A store that held rows reads them back.
 */
final class KeptImport extends ForwardingHistoryStore {
    private boolean storeWasEmpty;
    private Rows kept;

    KeptImport(CreditorHistoryStore store) {
        super(store);
    }

    /** The history the last committed import made, when the store held nothing before it. */
    Optional<CreditorHistory> history() {
        return kept == null || !kept.committed || kept.stale ? Optional.empty() : Optional.of(kept.history());
    }

    @Override
    public CreditorHistory loadHistory() {
        CreditorHistory stored = store.loadHistory();
        storeWasEmpty = stored.customerCount() == 0 && stored.invoiceCount() == 0 && stored.paymentCount() == 0
                && stored.events().isEmpty() && stored.inquiryCount() == 0;
        return stored;
    }

    @Override
    public HistorySink begin() {
        HistorySink sink = store.begin();
        if (!storeWasEmpty) {
            return sink;
        }
        kept = new Rows(sink);
        return kept;
    }

    /** Hands every row on to the store's sink and keeps it: invoices and payments packed, the rest shared. */
    private static final class Rows implements HistorySink {
        /** Code point order: the byte order of UTF-8 text, which is how the store sorts its ids. */
        private static final Comparator<String> TEXT = Rows::compareCodePoints;
        private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(TEXT);

        private final HistorySink sink;
        private final List<Customer> customers = new ArrayList<>();
        /** The invoices and payments, millions of rows, packed as they come. */
        private final HistoryBuilder packed = HistoryBuilder.inIdOrder();
        private final List<DunningEvent> events = new ArrayList<>();
        private final List<Inquiry> inquiries = new ArrayList<>();
        /** Dropped when the import ends: its maps are needed only while rows arrive. */
        private SharedParts parts = new SharedParts();
        private boolean committed;
        private boolean stale;
        private SideTask<CreditorHistory> early;

        Rows(HistorySink sink) {
            this.sink = sink;
        }

        /** The history of the kept rows: the one built since the flush (a row after it makes them stale). */
        CreditorHistory history() {
            return early == null ? build() : early.join();
        }

        /** Whether the rows are still being handed over; a row after the flush is not kept and the store reads back. */
        private boolean keeps() {
            if (early != null) {
                stale = true;
            }
            return early == null;
        }

        /** The rows as the store's loader returns them (see {@code store.HistoryLoader}'s ORDER BY clauses). */
        private CreditorHistory build() {
            List<Customer> c = customers.stream().map(Rows::stored)
                    .sorted(Comparator.comparing(x -> x.id().value(), TEXT)).toList();
            List<DunningEvent> e = events.stream().map(Rows::stored).sorted(Comparator
                    .comparing(DunningEvent::occurredOn)
                    .thenComparing(x -> x.invoiceId().value(), TEXT)
                    .thenComparing(x -> x.action().action(), TEXT)
                    .thenComparing(x -> x.action().channel(), (a, b) -> NULLS_LAST.compare(blank(a), blank(b)))
                    .thenComparing(DunningEvent::experiment, NULLS_LAST)
                    .thenComparing(DunningEvent::arm, NULLS_LAST)
                    .thenComparing(DunningEvent::propensity, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            List<Inquiry> q = inquiries.stream().sorted(Comparator
                    .comparing(Inquiry::occurredOn)
                    .thenComparing(x -> x.customerId().value(), TEXT)
                    .thenComparing(Inquiry::topic, TEXT)
                    .thenComparing(x -> x.invoiceId() == null ? null : x.invoiceId().value(), NULLS_LAST)).toList();
            return packed.build(c, e, q);
        }

        private static Customer stored(Customer c) {
            return new Customer(c.id(), c.createdOn(), c.endedOn(), c.type(), c.country(), blank(c.language()),
                    blank(c.postalCode()), c.birthYear(), blank(c.paymentMethod()), blank(c.email()), blank(c.phone()),
                    blank(c.plan()), c.monthlyFee());
        }

        private static DunningEvent stored(DunningEvent e) {
            return new DunningEvent(e.invoiceId(), e.occurredOn(), e.action(), e.fee(), blank(e.experiment()),
                    blank(e.arm()), e.propensity());
        }

        /** The store keeps empty text as null. */
        private static String blank(String text) {
            return text == null || text.isEmpty() ? null : text;
        }

        private static int compareCodePoints(String a, String b) {
            int n = Math.min(a.length(), b.length());
            for (int k = 0; k < n; k++) {
                char x = a.charAt(k);
                char y = b.charAt(k);
                if (x != y) {
                    // below the surrogates UTF-16 order is code point order; a surrogate pair encodes more
                    return Character.isSurrogate(x) || Character.isSurrogate(y)
                            ? Integer.compare(a.codePointAt(k), b.codePointAt(k)) : x - y;
                }
            }
            return a.length() - b.length();
        }

        @Override
        public long importId() {
            return sink.importId();
        }

        @Override
        public void customer(Customer customer) {
            sink.customer(customer);
            if (keeps()) {
                customers.add(parts.customer(customer));
            }
        }

        @Override
        public void customerChanged(Customer customer) {
            // not reached from an empty store; were it, the kept row would be stale, so the history is read back
            sink.customerChanged(customer);
            stale = true;
        }

        @Override
        public void invoice(Invoice invoice) {
            sink.invoice(invoice);
            if (keeps()) {
                packed.invoice(invoice);
            }
        }

        @Override
        public void payment(Payment payment) {
            sink.payment(payment);
            if (keeps()) {
                packed.payment(payment);
            }
        }

        @Override
        public void event(DunningEvent event) {
            sink.event(event);
            if (keeps()) {
                events.add(parts.event(event));
            }
        }

        @Override
        public void inquiry(Inquiry inquiry) {
            sink.inquiry(inquiry);
            if (keeps()) {
                inquiries.add(parts.inquiry(inquiry));
            }
        }

        @Override
        public void batchItem(int position, BatchItem item) {
            sink.batchItem(position, item);
        }

        @Override
        public void flush() {
            if (early == null) {
                // an import flushes once every row is handed over and checked: the history is built from them on
                // another core while the store's writer drains and commits, not after (a row handed over later, or a
                // rollback, and this one is not used)
                early = SideTask.start("imported history", this::build);
            }
            sink.flush();
        }

        @Override
        public void commit(ImportReceipt receipt) {
            sink.commit(receipt);
            committed = true;
            parts = null;
        }

        @Override
        public void rollback() {
            sink.rollback();
            parts = null;
        }

        @Override
        public void close() {
            sink.close();
        }
    }
}
