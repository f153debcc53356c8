package org.smartdunning.ingest;

import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/**
 * Port: the rows of one import, written in one transaction. Nothing is visible before
 * {@link #commit}; {@link #rollback} (or close without commit) discards everything.
 */
public interface HistorySink extends AutoCloseable {

    /** The id the import will have once committed. */
    long importId();

    void customer(Customer customer);

    /**
     * A stored customer whose row in this export differs (it ended, changed contact details, plan
     * or payment method): customers.csv is a snapshot, so the newer row replaces the stored one.
     */
    void customerChanged(Customer customer);

    void invoice(Invoice invoice);

    void payment(Payment payment);

    void event(DunningEvent event);

    void inquiry(Inquiry inquiry);

    /** @param position 1-based position in batch.csv */
    void batchItem(int position, BatchItem item);

    /**
     * Writes every row handed over so far into the transaction (bulk writers buffer, and may build
     * keys and indexes then), so that an import's time counts this work; {@link #commit} does it
     * when not done before.
     */
    default void flush() {
    }

    /** Records the import and commits all its rows. */
    void commit(ImportReceipt receipt);

    void rollback();

    /** Rolls back unless committed. */
    @Override
    void close();
}
