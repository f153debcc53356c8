package org.smartdunning.cli;

/** {@code dunning kpis} on an embedded DuckDB file. */
class DuckDbKpisIT extends KpisContract {
    @Override
    String url() {
        return "jdbc:duckdb:" + temp.resolve("store.duckdb");
    }
}
