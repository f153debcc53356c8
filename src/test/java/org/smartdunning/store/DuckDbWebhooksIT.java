package org.smartdunning.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The webhook contract on an embedded DuckDB file, fresh per test. */
class DuckDbWebhooksIT extends WebhooksContract {
    @TempDir
    Path dbFolder;

    @Override
    String url() {
        return "jdbc:duckdb:" + dbFolder.resolve("webhooks.duckdb");
    }
}
