package org.smartdunning.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The import contract on an embedded DuckDB file. */
class DuckDbImportIT extends ImportStoreContract {
    @TempDir
    static Path dbFolder;

    @Override
    String url() {
        return "jdbc:duckdb:" + dbFolder.resolve("test.duckdb");
    }

    @Override
    Dialect dialect() {
        return Dialect.DUCKDB;
    }
}
