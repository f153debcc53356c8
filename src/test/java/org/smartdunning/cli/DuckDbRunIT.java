package org.smartdunning.cli;

/** The daily run on an embedded DuckDB file. */
class DuckDbRunIT extends RunContract {
    @Override
    String url() {
        return "jdbc:duckdb:" + temp.resolve("store.duckdb");
    }
}
