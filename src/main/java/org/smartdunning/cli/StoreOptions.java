package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.config.EnvironmentSecret;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.ImportRejectedException;
import org.smartdunning.store.Database;
import org.smartdunning.store.StoreBusyException;
import picocli.CommandLine.Option;

/** Options shared by the commands that use the store: where it is, whose data, and how much to say on failure. */
final class StoreOptions {
    /** Exit code when another process works on the same creditor: try again later (sysexits' EX_TEMPFAIL). */
    static final int BUSY = 75;

    @Option(names = "--db", paramLabel = "URL", defaultValue = Database.DEFAULT_URL,
            description = {"JDBC URL of the store (default: ${DEFAULT-VALUE}); jdbc:postgresql://HOST/DB also works.",
                "Its password: environment DUNNING_DB_PASSWORD, or DUNNING_DB_PASSWORD_FILE naming an owner-only file."})
    String db;

    /** The environment variable holding the store's password ({@code _FILE}: a file holding it). */
    static final String DB_PASSWORD = "DUNNING_DB_PASSWORD";

    @Option(names = "--creditor", paramLabel = "ID",
            description = "the creditor whose data to use (default: the --data folder's creditor file, else 'default')")
    String creditor;

    @Option(names = "--verbose", description = "print stack traces of errors")
    boolean verbose;

    /** Work done with the open store; returns the exit code. */
    @FunctionalInterface
    interface StoreWork {
        int run(Database database);
    }

    /** Whether the command changes the creditor's data, and so must be the only one doing so. */
    enum Access {
        /** imports, trains, decides, runs the process: one such command per creditor at a time */
        EXCLUSIVE,
        /** reads, or one small change in its own transaction (a hold): runs beside the others */
        SHARED
    }

    /**
     * Resolves the creditor (the {@code data} folder's file, {@code --creditor}, else the default),
     * opens the store for it, claims it for an exclusive command, runs the work and closes the store.
     * A folder that breaks the data contract prints its problems and exits
     * {@link ImportCommand#REJECTED}; a creditor busy with another process exits {@link #BUSY};
     * any other failure one clear line and 1. Nothing is created or migrated before the creditor
     * and the folder have been checked.
     */
    int run(String command, PrintWriter err, Path data, Access access, StoreWork work) {
        try {
            CreditorId owner = creditorOf(data);
            try (Database database = Database.open(db, owner, EnvironmentSecret.read(System.getenv(), DB_PASSWORD))) {
                if (access == Access.EXCLUSIVE) {
                    database.claimFor(command);
                }
                return work.run(database);
            }
        } catch (ImportRejectedException e) {
            err.print(e.report());
            err.flush();
            return ImportCommand.REJECTED;
        } catch (StoreBusyException e) {
            CommandErrors.report(err, command, e, false);
            return BUSY;
        } catch (RuntimeException e) {
            return CommandErrors.report(err, command, e, verbose);
        }
    }

    /** The creditor for a command on {@code data} (may be null): the folder's file must agree with --creditor. */
    CreditorId creditorOf(Path data) {
        Optional<CreditorId> named;
        try {
            named = Optional.ofNullable(creditor).map(CreditorId::new);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--creditor: " + e.getMessage(), e);
        }
        if (data == null) {
            return named.orElse(CreditorId.DEFAULT);
        }
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("--data " + data + ": no such folder");
        }
        return Engine.folderCreditor(data, named);
    }
}
