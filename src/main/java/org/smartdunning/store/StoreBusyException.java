package org.smartdunning.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Another process is working on the same store or creditor; said in one sentence, before any work. */
public final class StoreBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Pattern DUCKDB_LOCK = Pattern.compile("Could not set lock on file \"([^\"]+)\".*\\(PID (\\d+)\\)",
            Pattern.DOTALL);

    StoreBusyException(String message) {
        super(message);
    }

    /** DuckDB's lock conflict, told with the other process's command when it is ours. */
    static Optional<StoreBusyException> ofDuckDbLock(String url, SQLException e) {
        Matcher m = e.getMessage() == null ? null : DUCKDB_LOCK.matcher(e.getMessage());
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(m.group(2));
        return Optional.of(new StoreBusyException("the store " + Path.of(m.group(1)).getFileName() + " is in use by "
                + describe(pid) + "; wait until it ends (an embedded store takes one process at a time;"
                + " PostgreSQL takes one per creditor)"));
    }

    /** "process 1234 (dunning decide)", the command read from the process's command line where the system shows it. */
    static String describe(long pid) {
        return "process " + pid + commandOf(pid).map(c -> " (dunning " + c + ")").orElse("");
    }

    private static Optional<String> commandOf(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            List<String> args = List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
            for (int i = 0; i + 1 < args.size(); i++) {
                if (args.get(i).endsWith("smart-dunning.jar")) {
                    return Optional.of(args.get(i + 1)).filter(a -> a.matches("[a-z-]{1,20}"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux) or the process is gone: the pid alone says enough
        }
        return Optional.empty();
    }
}
