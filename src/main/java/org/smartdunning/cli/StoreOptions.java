package org.smartdunning.cli;

import org.smartdunning.store.Database;
import picocli.CommandLine.Option;

/** Options shared by the commands that use the store: where it is, and how much to say on failure. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "URL", defaultValue = Database.DEFAULT_URL,
            description = "JDBC URL of the store (default: ${DEFAULT-VALUE}); jdbc:postgresql://HOST/DB also works")
    String db;

    @Option(names = "--verbose", description = "print stack traces of errors")
    boolean verbose;
}
