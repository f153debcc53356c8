package org.smartdunning.api;

import java.nio.file.Path;

/** The API test suite on the embedded store (a DuckDB file). */
class DuckDbApiIT extends ApiContract {
    @Override
    String url(Path temp) {
        return "jdbc:duckdb:" + temp.resolve("api.duckdb");
    }
}
