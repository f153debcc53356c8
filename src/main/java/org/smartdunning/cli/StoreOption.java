package org.smartdunning.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that uses the store. */
final class StoreOption {
    /** The embedded default: a DuckDB file in the working directory, no server needed. */
    static final String DEFAULT_URL = "jdbc:duckdb:dunning.duckdb";

    @Option(names = "--db", paramLabel = "URL", defaultValue = DEFAULT_URL,
            description = "JDBC URL of the store: jdbc:duckdb:FILE (default ${DEFAULT-VALUE}) or jdbc:postgresql://HOST/DB")
    String url;
}
