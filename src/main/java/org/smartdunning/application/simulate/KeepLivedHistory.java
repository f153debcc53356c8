package org.smartdunning.application.simulate;

import java.time.Duration;
import java.time.LocalDate;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;
import org.smartdunning.ingest.HistorySink;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.ingest.ImportStore;
import org.smartdunning.ingest.RowCounts;

/**
 * Keeps a simulated world's facts (customers, invoices, payments, inquiries) in the creditor's store
 * as one import, so what reads the store (KPIs, experiments, timelines, training) sees what the world
 * lived. The dunning events are not written again: the day runs committed them already.
 */
public final class KeepLivedHistory {
    private final ImportStore store;

    public KeepLivedHistory(ImportStore store) {
        this.store = store;
    }

    /** Writes the facts of {@code lived} into an empty store, in one transaction, as known on {@code asOf}. */
    public ImportReceipt keep(CreditorHistory lived, LocalDate asOf) {
        long started = System.nanoTime();
        long payments = 0;
        long inquiries = 0;
        try (HistorySink sink = store.begin()) {
            for (Customer c : lived.customers()) {
                sink.customer(c);
                for (Inquiry q : lived.inquiriesOf(c.id())) {
                    sink.inquiry(q);
                    inquiries++;
                }
            }
            for (Invoice i : lived.invoices()) {
                sink.invoice(i);
                for (Payment p : lived.paymentsOf(i.id())) {
                    sink.payment(p);
                    payments++;
                }
            }
            sink.flush();
            RowCounts rows = new RowCounts(lived.customerCount(), lived.invoiceCount(), payments, 0, inquiries, 0);
            ImportReceipt receipt = new ImportReceipt(sink.importId(), "simulation", "simulation-" + asOf, asOf, false,
                    rows, rows, Duration.ofNanos(System.nanoTime() - started));
            sink.commit(receipt);
            return receipt;
        }
    }
}
