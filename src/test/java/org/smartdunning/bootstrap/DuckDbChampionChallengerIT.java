package org.smartdunning.bootstrap;

/** Champion and challenger on an embedded DuckDB file. */
class DuckDbChampionChallengerIT extends ChampionChallengerContract {
    @Override
    String url() {
        return "jdbc:duckdb:" + temp.resolve("store.duckdb");
    }
}
