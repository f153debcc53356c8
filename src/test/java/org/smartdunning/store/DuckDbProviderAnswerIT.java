package org.smartdunning.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Redacted provider answers on an embedded DuckDB file. */
class DuckDbProviderAnswerIT extends ProviderAnswerContract {
    @TempDir
    Path dbFolder;

    @Override
    String url() {
        return "jdbc:duckdb:" + dbFolder.resolve("answers.duckdb");
    }
}
