package org.smartdunning.application.port;

import java.util.List;
import org.smartdunning.history.BatchItem;
import org.smartdunning.ingest.ImportStore;

/** Port: a creditor's imported history and the batches to decide. */
public interface CreditorHistoryStore extends ImportStore {
    /** The invoices to decide of one import. */
    List<BatchItem> batch(long importId);
}
