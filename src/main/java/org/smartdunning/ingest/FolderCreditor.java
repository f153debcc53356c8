package org.smartdunning.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.smartdunning.history.CreditorId;

/**
 * Whose data a folder holds: its {@code creditor} file, else the creditor named by the caller,
 * else {@link CreditorId#DEFAULT}. A file that disagrees with the name given is refused, so a
 * folder can never be imported into, decided or sent for another creditor by a slip of the hand.
 */
public final class FolderCreditor {
    /** The contract's optional file: one line, the creditor's id. */
    public static final String FILE = "creditor";

    private FolderCreditor() {
    }

    /**
     * @param named the creditor named on the command line or by the caller; empty when none was
     * @throws ImportRejectedException when the file is malformed or names another creditor
     * @throws UncheckedIOException    when the folder cannot be read
     */
    public static CreditorId of(CreditorFolderSource source, Path folder, Optional<CreditorId> named) {
        Optional<String> line;
        try {
            line = source.firstLine(folder, FILE);
        } catch (CharacterCodingException e) {
            throw rejected(folder, named.orElse(CreditorId.DEFAULT), "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve(FILE) + ": " + e.getMessage(), e);
        }
        if (line.isEmpty()) {
            return named.orElse(CreditorId.DEFAULT);
        }
        CreditorId written;
        try {
            written = new CreditorId(line.get());
        } catch (IllegalArgumentException e) {
            throw rejected(folder, named.orElse(CreditorId.DEFAULT), e.getMessage());
        }
        if (named.isPresent() && !named.get().equals(written)) {
            throw rejected(folder, named.get(), "the folder belongs to creditor '" + written + "', not to '"
                    + named.get() + "' named on the command line");
        }
        return written;
    }

    private static ImportRejectedException rejected(Path folder, CreditorId creditor, String reason) {
        return new ImportRejectedException(folder, creditor,
                List.of(new ImportProblem(FILE, 1, 1, FILE, reason)), 1);
    }
}
