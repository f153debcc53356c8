package org.smartdunning.ingest;

/** Listener for a long import; the CLI shows it on a terminal only. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() { };

    default void fileStarted(String file) {
    }

    /** Called every few ten thousand rows. */
    default void rowsRead(String file, long rows, long nanosSinceFileStart) {
    }

    default void fileFinished(String file, long rows, long nanos) {
    }
}
