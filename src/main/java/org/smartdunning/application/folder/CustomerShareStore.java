package org.smartdunning.application.folder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.ingest.CustomerShareSink;
import org.smartdunning.ingest.HistorySink;
import org.smartdunning.ingest.ImportReceipt;

/** A store that keeps, of every folder imported into it, only the share of customers {@code keep} accepts ({@link CustomerShareSink}). */
final class CustomerShareStore implements CreditorHistoryStore {
    private final CreditorHistoryStore store;
    private final Predicate<CustomerId> keep;

    CustomerShareStore(CreditorHistoryStore store, Predicate<CustomerId> keep) {
        this.store = store;
        this.keep = keep;
    }

    @Override
    public CreditorId creditor() {
        return store.creditor();
    }

    @Override
    public Optional<ImportReceipt> findImport(String fingerprint) {
        return store.findImport(fingerprint);
    }

    @Override
    public CreditorHistory loadHistory() {
        return store.loadHistory();
    }

    @Override
    public HistorySink begin() {
        return new CustomerShareSink(store.begin(), keep);
    }

    @Override
    public List<BatchItem> batch(long importId) {
        return store.batch(importId);
    }

    @Override
    public CreditorHistory loadHistoryOfBatch(long importId) {
        return store.loadHistoryOfBatch(importId);
    }

    @Override
    public Map<DunningAction, Integer> overdueActionsOutsideExperiments() {
        return store.overdueActionsOutsideExperiments();
    }
}
