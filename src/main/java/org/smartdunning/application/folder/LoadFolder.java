package org.smartdunning.application.folder;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.smartdunning.application.Stopwatch;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.application.port.DataFolders;
import org.smartdunning.application.summary.TodaysProcess;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CustomerId;
import org.smartdunning.ingest.ImportCreditorFolder;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.ingest.ImportReceipt;

/** Makes a data folder ready: settings validated first, imported when new, history and batch read back. */
public final class LoadFolder {
    private final DataFolders folders;
    private final CreditorHistoryStore store;
    private final ImportProgress progress;
    private final FolderListener listener;
    private final boolean keepImported;

    public LoadFolder(DataFolders folders, CreditorHistoryStore store, ImportProgress progress, FolderListener listener) {
        this(folders, store, progress, listener, true);
    }

    private LoadFolder(DataFolders folders, CreditorHistoryStore store, ImportProgress progress, FolderListener listener,
                       boolean keepImported) {
        this.folders = folders;
        this.store = store;
        this.progress = progress;
        this.listener = listener;
        this.keepImported = keepImported;
    }

    /**
     * The same for one share of the folder's customers, on a store of its own: the whole folder is read and
     * checked, only the customers {@code keep} accepts are kept, with their invoices, payments, dunning
     * events, inquiries and batch items (one part of a creditor too large for one machine's heap).
     */
    public LoadFolder share(Predicate<CustomerId> keep) {
        // a share's sink drops rows after the import has handed them over: its history is read back
        return new LoadFolder(folders, new CustomerShareStore(store, keep), progress, listener, false);
    }

    /** The folder imported when new, with its whole history. */
    public LoadedFolder load(Path data) {
        return whole(open(data));
    }

    /**
     * Settings validated first, then the folder imported when new; its history is read by {@link #whole} or
     * {@link #batchCustomers}.
     */
    public ImportedFolder open(Path data) {
        BusinessSettings settings = folders.settings(data);
        KeptImport kept = new KeptImport(store);
        ImportReceipt receipt = importFolder(data, keepImported ? kept : store);
        return new ImportedFolder(settings, receipt, kept.history());
    }

    /** The whole history: into an empty store the import's own rows, not read back right after being written. */
    public LoadedFolder whole(ImportedFolder folder) {
        Stopwatch phase = new Stopwatch();
        CreditorHistory history = folder.kept().orElseGet(store::loadHistory);
        List<BatchItem> batch = store.batch(folder.receipt().importId());
        listener.historyLoaded(history, phase.seconds());
        return new LoadedFolder(folder.settings(), folder.receipt(), history, batch, true, TodaysProcess.of(history));
    }

    /**
     * Only the history of the batch's customers, which is all a saved model decides by (a decision's features
     * read its customer's own rows), and today's process counted on the whole history in the store.
     */
    public LoadedFolder batchCustomers(ImportedFolder folder) {
        Stopwatch phase = new Stopwatch();
        CreditorHistory history = store.loadHistoryOfBatch(folder.receipt().importId());
        List<BatchItem> batch = store.batch(folder.receipt().importId());
        TodaysProcess today = TodaysProcess.of(store.overdueActionsOutsideExperiments());
        listener.batchHistoryLoaded(history, phase.seconds());
        return new LoadedFolder(folder.settings(), folder.receipt(), history, batch, false, today);
    }

    /** Imports the folder alone (all or nothing; an identical folder is recognised and not imported twice). */
    public ImportReceipt importFolder(Path data) {
        return importFolder(data, store);
    }

    private ImportReceipt importFolder(Path data, CreditorHistoryStore into) {
        ImportReceipt receipt = new ImportCreditorFolder(folders.source(), into, progress).run(data);
        listener.imported(receipt);
        return receipt;
    }
}
