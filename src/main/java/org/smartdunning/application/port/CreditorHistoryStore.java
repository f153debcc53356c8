package org.smartdunning.application.port;

import java.util.List;
import java.util.Map;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.ingest.ImportStore;

/** Port: a creditor's imported history and the batches to decide. */
public interface CreditorHistoryStore extends ImportStore {
    /** The invoices to decide of one import. */
    List<BatchItem> batch(long importId);

    /** The history of one import's batch customers: all their rows, and no other customer's. */
    CreditorHistory loadHistoryOfBatch(long importId);

    /**
     * Over the whole history, how often each action was taken on an invoice after its due date outside
     * experiments ({@link org.smartdunning.history.DunningEvent#experiment()} empty).
     */
    Map<DunningAction, Integer> overdueActionsOutsideExperiments();
}
