package org.smartdunning.application.folder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.ingest.HistorySink;
import org.smartdunning.ingest.ImportReceipt;

/** A store that hands every call to another; a subclass changes only what it wraps. */
abstract class ForwardingHistoryStore implements CreditorHistoryStore {
    protected final CreditorHistoryStore store;

    ForwardingHistoryStore(CreditorHistoryStore store) {
        this.store = store;
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
        return store.begin();
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
