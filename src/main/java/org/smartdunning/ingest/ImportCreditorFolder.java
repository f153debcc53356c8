package org.smartdunning.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.smartdunning.history.CreditorHistory;

/**
 * Use case: import a creditor's data folder into the store, all or nothing.
 * <ul>
 *   <li>An identical folder (same fingerprint) imported before is recognised: nothing is read or added.</li>
 *   <li>Every file is checked completely; problems are collected and, if any, the import is rejected
 *       with {@link ImportRejectedException} and nothing is written.</li>
 *   <li>A folder overlapping earlier imports adds only rows not stored yet: customers, invoices and
 *       payments by id (a stored id with different content is a problem), dunning events and inquiries
 *       by their whole content, counted with multiplicity.</li>
 * </ul>
 */
public final class ImportCreditorFolder {
    private final CreditorFolderSource source;
    private final ImportStore store;
    private final ImportProgress progress;

    public ImportCreditorFolder(CreditorFolderSource source, ImportStore store, ImportProgress progress) {
        this.source = Objects.requireNonNull(source, "source");
        this.store = Objects.requireNonNull(store, "store");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public ImportCreditorFolder(CreditorFolderSource source, ImportStore store) {
        this(source, store, ImportProgress.NONE);
    }

    /**
     * @throws ImportRejectedException when the folder breaks the data contract (nothing is written)
     * @throws UncheckedIOException    when the folder cannot be read
     */
    public ImportReceipt run(Path folder) {
        long start = System.nanoTime();
        FolderCreditor.of(source, folder, Optional.of(store.creditor()));
        try {
            String fingerprint = source.fingerprint(folder);
            Optional<ImportReceipt> earlier = store.findImport(fingerprint);
            if (earlier.isPresent()) {
                return earlier.get().repeated(Duration.ofNanos(System.nanoTime() - start));
            }
            ImportProblems problems = new ImportProblems();
            LocalDate asOf = asOf(folder, problems);
            CreditorHistory stored = store.loadHistory();
            try (HistorySink sink = store.begin()) {
                FolderImport rules = new FolderImport(stored, problems, sink, progress);
                for (HistoryFile file : HistoryFile.values()) {
                    rules.startFile(file);
                    boolean wasRead = source.read(folder, file, rules::row, problems);
                    rules.finishFile(file, wasRead);
                }
                if (!problems.isEmpty()) {
                    sink.rollback();
                    throw new ImportRejectedException(folder, store.creditor(), problems.listed(), problems.total());
                }
                sink.flush();
                ImportReceipt receipt = new ImportReceipt(sink.importId(), folder.toString(), fingerprint, asOf, false,
                        rules.read(), rules.added(), Duration.ofNanos(System.nanoTime() - start));
                sink.commit(receipt);
                return receipt;
            }
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file or folder: " + e.getMessage()
                    : e.getMessage() != null ? e.getMessage() : e.toString();
            throw new UncheckedIOException("cannot read " + folder + ": " + reason, e);
        }
    }

    private LocalDate asOf(Path folder, ImportProblems problems) throws IOException {
        Optional<String> line;
        try {
            line = source.firstLine(folder, HistoryFile.AS_OF);
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(HistoryFile.AS_OF, 1, 1, "as_of", "not UTF-8 text"));
            return null;
        }
        if (line.isEmpty()) {
            problems.add(ImportProblem.ofFile(HistoryFile.AS_OF, "file is missing"));
            return null;
        }
        try {
            return Fields.date(line.get());
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(HistoryFile.AS_OF, 1, 1, "as_of",
                    PersonalData.hide(e.getMessage(), HistoryFile.AS_OF, line.get())));
            return null;
        }
    }
}
