package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.files.BusinessSettingsFile;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.ingest.ImportCreditorFolder;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.ingest.csv.CsvCreditorFolderSource;
import org.smartdunning.store.Database;
import org.smartdunning.store.HistoryStore;

/**
 * A data folder made ready for training or deciding: its settings validated first, imported when
 * the store does not hold it yet, and its history and batch read back from the store.
 */
record LoadedFolder(BusinessSettings settings, ImportReceipt receipt, CreditorHistory history, List<BatchItem> batch) {

    static LoadedFolder load(Path data, Database database, PrintWriter out, ImportProgress progress) {
        BusinessSettings settings = BusinessSettingsFile.read(data.resolve("business.properties"));
        HistoryStore store = new HistoryStore(database);
        ImportReceipt receipt = new ImportCreditorFolder(new CsvCreditorFolderSource(), store, progress).run(data);
        out.println(receipt.summary());
        RunStats phase = new RunStats();
        CreditorHistory history = store.loadHistory();
        List<BatchItem> batch = store.batch(receipt.importId());
        out.printf(Locale.ROOT, "loaded history: %,d customers, %,d invoices, %,d payments in %.1f s%n",
                history.customerCount(), history.invoiceCount(), history.paymentCount(), phase.seconds());
        return new LoadedFolder(settings, receipt, history, batch);
    }
}
