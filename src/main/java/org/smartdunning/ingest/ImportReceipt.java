package org.smartdunning.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an import did.
 *
 * @param importId        id of the import in the store (of the earlier import when already imported)
 * @param folder          the folder as given
 * @param fingerprint     hash of the folder's file names and bytes
 * @param asOf            the run date of the folder
 * @param alreadyImported true when an identical folder had been imported before: nothing was read or added
 * @param read            rows read per file
 * @param added           rows added per table (rows already stored are skipped)
 * @param elapsed         wall time of this run
 */
public record ImportReceipt(long importId, String folder, String fingerprint, LocalDate asOf,
                            boolean alreadyImported, RowCounts read, RowCounts added, Duration elapsed) {
    public ImportReceipt {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Rows read per second of wall time. */
    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : read.total() / seconds;
    }

    /** The receipt of an earlier identical import, as seen by a repeated run. */
    public ImportReceipt repeated(Duration elapsedNow) {
        return new ImportReceipt(importId, folder, fingerprint, asOf, true, RowCounts.ZERO, RowCounts.ZERO, elapsedNow);
    }

    public String summary() {
        if (alreadyImported) {
            return String.format("%s was already imported (import %d, as of %s): nothing added", folder, importId, asOf);
        }
        return String.format(java.util.Locale.ROOT,
                "import %d of %s (as of %s): read %,d rows in %.2f s (%,.0f rows/s); added %,d customers, "
                        + "%,d invoices, %,d payments, %,d dunning events, %,d inquiries, %,d batch items",
                importId, folder, asOf, read.total(), elapsed.toNanos() / 1e9, rowsPerSecond(), added.customers(),
                added.invoices(), added.payments(), added.dunningEvents(), added.inquiries(), added.batchItems());
    }
}
