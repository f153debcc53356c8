package org.smartdunning.application.folder;

import org.smartdunning.history.CreditorHistory;
import org.smartdunning.ingest.ImportReceipt;

/** Progress of loading a data folder; every event does nothing unless a door listens. */
public interface FolderListener {
    /** The folder was imported, or recognised as imported already. */
    default void imported(ImportReceipt receipt) {
    }

    default void historyLoaded(CreditorHistory history, double seconds) {
    }

    /** Only the batch's customers' history was read: a saved model decides them. */
    default void batchHistoryLoaded(CreditorHistory history, double seconds) {
    }
}
