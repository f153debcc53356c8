package org.smartdunning.cli;

import java.io.PrintWriter;
import org.smartdunning.config.EnvironmentSecret;
import org.smartdunning.ingest.ImportRejectedException;
import org.smartdunning.store.Database;
import picocli.CommandLine.Option;

/** Options shared by the commands that use the store: where it is, and how much to say on failure. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "URL", defaultValue = Database.DEFAULT_URL,
            description = {"JDBC URL of the store (default: ${DEFAULT-VALUE}); jdbc:postgresql://HOST/DB also works.",
                "Its password: environment DUNNING_DB_PASSWORD, or DUNNING_DB_PASSWORD_FILE naming an owner-only file."})
    String db;

    /** The environment variable holding the store's password ({@code _FILE}: a file holding it). */
    static final String DB_PASSWORD = "DUNNING_DB_PASSWORD";

    @Option(names = "--verbose", description = "print stack traces of errors")
    boolean verbose;

    /** Work done with the open store; returns the exit code. */
    @FunctionalInterface
    interface StoreWork {
        int run(Database database);
    }

    /**
     * Opens the store, runs the work and closes the store. A folder that breaks the contract prints
     * its problems and exits {@link ImportCommand#REJECTED}; any other failure one clear line and 1.
     */
    int run(String command, PrintWriter err, StoreWork work) {
        try (Database database = Database.open(db, EnvironmentSecret.read(System.getenv(), DB_PASSWORD))) {
            return work.run(database);
        } catch (ImportRejectedException e) {
            err.print(e.report());
            err.flush();
            return ImportCommand.REJECTED;
        } catch (RuntimeException e) {
            return CommandErrors.report(err, command, e, verbose);
        }
    }
}
