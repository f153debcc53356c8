package org.smartdunning.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;
import org.smartdunning.ingest.csv.CsvCreditorFolderSource;
import org.smartdunning.store.Database;
import org.smartdunning.store.HistoryStore;

/**
 * Import speed, phase by phase: {@code ImportBenchmark [customers=100000] [workdir] [jdbcUrl]}.
 * With a JDBC URL (e.g. PostgreSQL with a fresh {@code currentSchema}) only the import into that
 * store and the load back are measured.
 * Builds a synthetic folder, then measures fingerprint, parse only, parse+validate (no store),
 * the full import into a fresh DuckDB file, a re-import and loading the history back.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dunning-bench");
        Path folder = work.resolve("folder-" + customers);
        if (!Files.exists(folder.resolve("batch.csv"))) {
            long t = System.nanoTime();
            long rows = SyntheticFolder.write(folder, customers, 42);
            System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s%n", rows, (System.nanoTime() - t) / 1e9);
        }
        long bytes;
        try (var files = Files.walk(folder)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "folder %s: %.1f MB%n", folder, bytes / 1e6);
        CsvCreditorFolderSource source = new CsvCreditorFolderSource();
        if (args.length > 2) {
            try (Database database = Database.open(args[2], CreditorId.DEFAULT)) {
                HistoryStore store = new HistoryStore(database);
                long t = System.nanoTime();
                ImportReceipt receipt = new ImportCreditorFolder(source, store).run(folder);
                report("full import into " + database.dialect(), receipt.read().total(), t, bytes);
                reportLoad(store);
            }
            return;
        }

        for (int round = 1; round <= 2; round++) {
            System.out.println("-- round " + round);
            resetPeaks();
            long t = System.nanoTime();
            String fingerprint = source.fingerprint(folder);
            report("fingerprint (SHA-256)", 0, t, bytes);

            t = System.nanoTime();
            long[] rows = {0};
            for (HistoryFile file : HistoryFile.values()) {
                source.read(folder, file, row -> rows[0]++, new ImportProblems());
            }
            report("parse only (FastCSV)", rows[0], t, bytes);

            t = System.nanoTime();
            ImportProblems problems = new ImportProblems();
            FolderImport rules = new FolderImport(new CreditorHistory(List.of(), List.of(), List.of(), List.of(),
                    List.of()), problems, new NullSink(), ImportProgress.NONE);
            for (HistoryFile file : HistoryFile.values()) {
                source.read(folder, file, rules::row, problems);
            }
            report("parse + validate", rules.read().total(), t, bytes);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.listed().toString());
            }

            Path db = work.resolve("bench-" + round + ".duckdb");
            Files.deleteIfExists(db);
            Files.deleteIfExists(work.resolve("bench-" + round + ".duckdb.wal"));
            System.gc();
            resetPeaks();
            try (Database database = Database.open("jdbc:duckdb:" + db, CreditorId.DEFAULT)) {
                HistoryStore store = new HistoryStore(database);
                t = System.nanoTime();
                ImportReceipt receipt = new ImportCreditorFolder(source, store).run(folder);
                report("full import into DuckDB", receipt.read().total(), t, bytes);
                System.out.println("   " + receipt.summary());

                t = System.nanoTime();
                ImportReceipt again = new ImportCreditorFolder(source, store).run(folder);
                report("re-import (recognised)", 0, t, bytes);
                if (!again.alreadyImported()) {
                    throw new IllegalStateException("re-import not recognised");
                }
                Path next = nextMonth(folder, work);
                System.gc();
                resetPeaks();
                t = System.nanoTime();
                ImportReceipt overlap = new ImportCreditorFolder(source, store).run(next);
                report("overlapping import", overlap.read().total(), t, bytes);
                System.out.println("   (every row already stored) " + overlap.summary());

                reportLoad(store);
            }
            if (fingerprint.isEmpty()) {
                throw new IllegalStateException();
            }
        }
    }

    /** The same history with another run date: a new fingerprint, but every row is already stored. */
    private static Path nextMonth(Path folder, Path work) throws java.io.IOException {
        Path next = work.resolve(folder.getFileName() + "-next");
        if (!Files.exists(next.resolve("batch.csv"))) {
            Files.createDirectories(next.resolve("history"));
            try (var files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = next.resolve(folder.relativize(file).toString());
                    Files.deleteIfExists(target);
                    Files.createLink(target, file);
                }
            }
            Files.delete(next.resolve("as_of"));
            Files.writeString(next.resolve("as_of"), "2024-04-01\n");
        }
        return next;
    }

    /** Times reading the whole history back into the domain, from a collected heap. */
    private static void reportLoad(HistoryStore store) {
        System.gc();
        resetPeaks();
        long t = System.nanoTime();
        CreditorHistory history = store.loadHistory();
        report("loadHistory", history.customerCount() + history.invoiceCount() + history.paymentCount()
                + history.events().size() + history.inquiryCount(), t, 0);
    }

    private static void report(String phase, long rows, long startNanos, long bytes) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-26s %7.2f s %,12.0f rows/s %8.0f MB/s  peak heap %,6d MB%n", phase, seconds,
                rows / seconds, bytes / 1e6 / seconds, peakHeap() >> 20);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the peak heap). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static final class NullSink implements HistorySink {
        @Override
        public long importId() {
            return 0;
        }

        @Override
        public void customer(Customer customer) {
        }

        @Override
        public void customerChanged(Customer customer) {
        }

        @Override
        public void invoice(Invoice invoice) {
        }

        @Override
        public void payment(Payment payment) {
        }

        @Override
        public void event(DunningEvent event) {
        }

        @Override
        public void inquiry(Inquiry inquiry) {
        }

        @Override
        public void batchItem(int position, BatchItem item) {
        }

        @Override
        public void commit(ImportReceipt receipt) {
        }

        @Override
        public void rollback() {
        }

        @Override
        public void close() {
        }
    }
}
