package org.smartdunning.ingest;

import org.smartdunning.history.CreditorHistory;

/**
 * The rules of one import, applied row by row as the files stream by: every value is checked,
 * every problem collected; rows already stored are skipped, new ones go to the sink. Once a
 * problem is found nothing more is sent to the sink (the import will be rolled back anyway).
 * This class counts and reports progress; the rules themselves are in {@link RowsById},
 * {@link RowsByContent} and {@link BatchRows}.
 */
final class FolderImport {
    private static final int PROGRESS_EVERY = 1 << 16;

    private final ImportProgress progress;
    private final RowValues values;
    private final ReferenceChecks references;
    private final RowsById byId;
    private final RowsByContent byContent;
    private final BatchRows batch;

    private final long[] read = new long[HistoryFile.values().length];
    private final long[] added = new long[HistoryFile.values().length];
    private long fileStart;

    FolderImport(CreditorHistory stored, ImportProblems problems, HistorySink sink, ImportProgress progress) {
        this.progress = progress;
        StoredRows storedRows = new StoredRows(stored);
        this.values = new RowValues(problems);
        this.references = new ReferenceChecks(values, storedRows);
        this.byId = new RowsById(values, references, storedRows, sink);
        this.byContent = new RowsByContent(values, references, storedRows, sink);
        this.batch = new BatchRows(values, references, sink);
    }

    RowCounts read() {
        return RowCounts.of(read);
    }

    RowCounts added() {
        return RowCounts.of(added);
    }

    void startFile(HistoryFile file) {
        fileStart = System.nanoTime();
        progress.fileStarted(file.path());
    }

    void finishFile(HistoryFile file, boolean wasRead) {
        if (!wasRead) {
            references.unreadable(file);
        }
        progress.fileFinished(file.path(), read[file.ordinal()], System.nanoTime() - fileStart);
    }

    void row(SourceRow row) {
        int file = row.file().ordinal();
        long n = ++read[file];
        if ((n & (PROGRESS_EVERY - 1)) == 0) {
            progress.rowsRead(row.file().path(), n, System.nanoTime() - fileStart);
        }
        values.startRow();
        boolean isAdded = switch (row.file()) {
            case CUSTOMERS -> byId.customer(row);
            case INVOICES -> byId.invoice(row);
            case PAYMENTS -> byId.payment(row);
            case DUNNING_EVENTS -> byContent.event(row);
            case INQUIRIES -> byContent.inquiry(row);
            case BATCH -> batch.item(row, (int) n);
        };
        if (isAdded) {
            added[file]++;
        }
    }
}
