package org.smartdunning.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The outbox contract on an embedded DuckDB file, fresh per test. */
class DuckDbOutboxIT extends OutboxContract {
    @TempDir
    Path dbFolder;

    @Override
    String url() {
        return "jdbc:duckdb:" + dbFolder.resolve("outbox.duckdb");
    }
}
