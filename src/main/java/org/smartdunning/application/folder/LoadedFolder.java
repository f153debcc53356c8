package org.smartdunning.application.folder;

import java.util.List;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.ingest.ImportReceipt;

/**
 * A data folder made ready for training or deciding: its settings validated first, imported when
 * the store does not hold it yet, and its history and batch read back from the store.
 */
public record LoadedFolder(BusinessSettings settings, ImportReceipt receipt, CreditorHistory history, List<BatchItem> batch) {
}
