package org.smartdunning.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.ingest.HistorySink;
import org.smartdunning.ingest.ImportReceipt;

/**
 * The history tables of a {@link Database}: the importer's sink and the engine's read side.
 * Reads select only the needed columns, with dates as epoch days and amounts as cents (the same
 * SQL on both dialects), and stream (fetch size) on PostgreSQL. The work is done by
 * {@link HistoryLoader}, {@link ImportRegistry} and {@link ImportTransaction}; this class gives
 * each its connection or transaction.
 */
public final class HistoryStore implements CreditorHistoryStore {
    private final Database database;

    public HistoryStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public CreditorId creditor() {
        return database.creditor();
    }

    /** All stored history as the domain aggregate. */
    @Override
    public CreditorHistory loadHistory() {
        return database.inTransaction(connection -> new HistoryLoader(connection, HistoryTables.ALL).load());
    }

    @Override
    public CreditorHistory loadHistoryOfBatch(long importId) {
        return database.inTransaction(connection -> new HistoryLoader(connection, HistoryTables.batchCustomers(importId))
                .load());
    }

    @Override
    public Map<DunningAction, Integer> overdueActionsOutsideExperiments() {
        return database.inTransaction(connection -> {
            Map<DunningAction, Integer> counts = new EnumMap<>(DunningAction.class);
            // blank experiments are stored as null; the trim is for one of spaces
            HistorySql.query(connection, "SELECT e.action, e.channel, count(*) FROM dunning_events e"
                    + " JOIN invoices i ON i.invoice_id = e.invoice_id"
                    + " WHERE (e.experiment IS NULL OR TRIM(e.experiment) = '') AND e.occurred_on > i.due_on"
                    + " GROUP BY e.action, e.channel", rs -> counts.merge(
                            DunningAction.of(rs.getString(1), rs.getString(2)), rs.getInt(3), Integer::sum));
            return counts;
        });
    }

    /** The batch of an import, in batch.csv order. */
    public List<BatchItem> batch(long importId) {
        return database.inTransaction(connection -> ImportRegistry.batch(connection, importId));
    }

    @Override
    public Optional<ImportReceipt> findImport(String fingerprint) {
        return database.inTransaction(connection -> ImportRegistry.find(connection, fingerprint));
    }

    /** The most recent import, whose batch is the one to decide. */
    public Optional<ImportReceipt> latestImport() {
        return database.inTransaction(ImportRegistry::latest);
    }

    /** Opens the import transaction; the caller must commit or roll back (close rolls back). */
    @Override
    public HistorySink begin() {
        return ImportTransaction.begin(database);
    }
}
