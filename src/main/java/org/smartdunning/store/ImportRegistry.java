package org.smartdunning.store;

import static org.smartdunning.store.HistorySql.EPOCH;
import static org.smartdunning.store.HistorySql.FETCH_SIZE;
import static org.smartdunning.store.HistorySql.date;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.ingest.RowCounts;

/** The imports table (one receipt per import) and each import's batch. */
final class ImportRegistry {
    private static final String RECEIPT_COLUMNS = "import_id, folder, fingerprint, as_of" + EPOCH
            + ", elapsed_ms, customers_read, invoices_read, payments_read, dunning_events_read, inquiries_read,"
            + " batch_items_read, customers_added, invoices_added, payments_added, dunning_events_added,"
            + " inquiries_added, batch_items_added";

    private ImportRegistry() {
    }

    static Optional<ImportReceipt> find(Connection connection, String fingerprint) throws SQLException {
        return receipt(connection, "SELECT " + RECEIPT_COLUMNS + " FROM imports WHERE fingerprint = ?", fingerprint);
    }

    static Optional<ImportReceipt> latest(Connection connection) throws SQLException {
        return receipt(connection, "SELECT " + RECEIPT_COLUMNS + " FROM imports ORDER BY import_id DESC LIMIT 1",
                null);
    }

    private static Optional<ImportReceipt> receipt(Connection connection, String sql, String parameter)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                RowCounts read = new RowCounts(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11));
                RowCounts added = new RowCounts(rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15),
                        rs.getLong(16), rs.getLong(17));
                return Optional.of(new ImportReceipt(rs.getLong(1), rs.getString(2), rs.getString(3),
                        date(rs, 4), false, read, added, Duration.ofMillis(rs.getLong(5))));
            }
        }
    }

    /** The batch of an import, in batch.csv order. */
    static List<BatchItem> batch(Connection connection, long importId) throws SQLException {
        List<BatchItem> items = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT invoice_id, decide_on" + EPOCH
                + " FROM batch_items WHERE import_id = ? ORDER BY position")) {
            statement.setLong(1, importId);
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    items.add(new BatchItem(new InvoiceId(rs.getString(1)), date(rs, 2)));
                }
            }
        }
        return items;
    }

    /** The id the next import will have once committed. */
    static long nextImportId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(import_id), 0) + 1 FROM imports")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Records the receipt of an import, in the import's own transaction. */
    static void record(Connection connection, long importId, ImportReceipt receipt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO imports (import_id, folder,"
                + " fingerprint, as_of, imported_at, elapsed_ms, customers_read, invoices_read, payments_read,"
                + " dunning_events_read, inquiries_read, batch_items_read, customers_added, invoices_added,"
                + " payments_added, dunning_events_added, inquiries_added, batch_items_added)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, importId);
            insert.setString(2, receipt.folder());
            insert.setString(3, receipt.fingerprint());
            insert.setObject(4, receipt.asOf());
            insert.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
            insert.setLong(6, receipt.elapsed().toMillis());
            int i = 7;
            for (RowCounts counts : List.of(receipt.read(), receipt.added())) {
                insert.setLong(i++, counts.customers());
                insert.setLong(i++, counts.invoices());
                insert.setLong(i++, counts.payments());
                insert.setLong(i++, counts.dunningEvents());
                insert.setLong(i++, counts.inquiries());
                insert.setLong(i++, counts.batchItems());
            }
            insert.executeUpdate();
        }
    }
}
