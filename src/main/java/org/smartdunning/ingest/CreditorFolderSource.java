package org.smartdunning.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** Port: reads a contract data folder (implemented by {@code ingest.csv}). */
public interface CreditorFolderSource {

    /** A hash of the folder's contract files (names and bytes): equal folders, equal fingerprints. */
    String fingerprint(Path folder) throws IOException;

    /** The first line of a small text file of the folder, trimmed; empty when the file is absent. */
    Optional<String> firstLine(Path folder, String name) throws IOException;

    /**
     * Streams the data rows of one file to {@code rows}. A missing file, an unreadable header or a
     * missing column is added to {@code problems} and then no row is streamed.
     *
     * @return whether the file was read
     */
    boolean read(Path folder, HistoryFile file, Consumer<SourceRow> rows, ImportProblems problems) throws IOException;
}
