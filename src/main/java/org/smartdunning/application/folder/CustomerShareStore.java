package org.smartdunning.application.folder;

import java.util.function.Predicate;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.history.CustomerId;
import org.smartdunning.ingest.CustomerShareSink;
import org.smartdunning.ingest.HistorySink;

/** A store that keeps, of every folder imported into it, only the share of customers {@code keep} accepts ({@link CustomerShareSink}). */
final class CustomerShareStore extends ForwardingHistoryStore {
    private final Predicate<CustomerId> keep;

    CustomerShareStore(CreditorHistoryStore store, Predicate<CustomerId> keep) {
        super(store);
        this.keep = keep;
    }

    @Override
    public HistorySink begin() {
        return new CustomerShareSink(store.begin(), keep);
    }
}
