package org.smartdunning.store;

import java.sql.SQLException;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/**
 * Bulk writer of history rows into the current transaction, one implementation per dialect:
 * DuckDB appenders, PostgreSQL COPY. Rows of one table should come together (a table switch
 * flushes the previous table), which is how the importer streams the folder.
 */
interface HistoryWriter {

    void customer(Customer customer) throws SQLException;

    void invoice(Invoice invoice) throws SQLException;

    void payment(Payment payment) throws SQLException;

    void event(DunningEvent event) throws SQLException;

    void inquiry(Inquiry inquiry) throws SQLException;

    void batchItem(long importId, int position, BatchItem item) throws SQLException;

    /** Flushes every pending row into the transaction (which the caller then commits). */
    void finish() throws SQLException;

    /** Drops pending rows; the caller rolls the transaction back. Never throws. */
    void abort();

    static HistoryWriter create(Database database) throws SQLException {
        return switch (database.dialect()) {
            case DUCKDB -> new DuckDbHistoryWriter(database.connection(), database.schema());
            case POSTGRESQL -> new PostgresCopyHistoryWriter(database.connection());
        };
    }
}
