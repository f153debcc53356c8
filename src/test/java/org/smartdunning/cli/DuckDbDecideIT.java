package org.smartdunning.cli;

/** The decide contract on an embedded DuckDB file. */
class DuckDbDecideIT extends DecideContract {
    @Override
    String url() {
        return "jdbc:duckdb:" + temp.resolve("store.duckdb");
    }
}
