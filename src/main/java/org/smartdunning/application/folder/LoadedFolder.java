package org.smartdunning.application.folder;

import java.util.List;
import org.smartdunning.application.summary.TodaysProcess;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.ingest.ImportReceipt;

/**
 * A data folder made ready for training or deciding: its settings validated first, imported when
 * the store does not hold it yet, and its history and batch read back from the store.
 *
 * @param history      the whole history, or only the batch's customers' (enough to decide with a saved model)
 * @param whole        whether {@code history} is the whole history
 * @param todaysProcess the creditor's process now, read from the whole history either way
 */
public record LoadedFolder(BusinessSettings settings, ImportReceipt receipt, CreditorHistory history, List<BatchItem> batch,
                           boolean whole, TodaysProcess todaysProcess) {
    /** The whole history, for what reads more than the batch's customers: training, the creditor's rates. */
    public CreditorHistory wholeHistory() {
        if (!whole) {
            throw new IllegalStateException("only the batch's customers' history was loaded; this needs the whole");
        }
        return history;
    }
}
