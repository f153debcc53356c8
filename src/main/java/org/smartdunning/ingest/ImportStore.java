package org.smartdunning.ingest;

import java.util.Optional;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;

/** Port: where imports go (implemented by {@code store.HistoryStore}). */
public interface ImportStore {

    /** The one creditor whose rows this store reads and writes. */
    CreditorId creditor();

    Optional<ImportReceipt> findImport(String fingerprint);

    /** Everything stored so far, to skip rows already there and to resolve references. */
    CreditorHistory loadHistory();

    /** Starts writing one import in one transaction. */
    HistorySink begin();
}
