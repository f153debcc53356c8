package org.smartdunning.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The facts' version on an embedded DuckDB file, fresh per test. */
class DuckDbKpiFactsVersionIT extends KpiFactsVersionContract {
    @TempDir
    Path dbFolder;

    @Override
    String url() {
        return "jdbc:duckdb:" + dbFolder.resolve("kpis.duckdb");
    }
}
