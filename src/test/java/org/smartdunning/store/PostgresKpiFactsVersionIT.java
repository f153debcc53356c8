package org.smartdunning.store;

import org.junit.jupiter.api.AfterEach;

/** The facts' version on PostgreSQL, in a fresh schema per test. */
class PostgresKpiFactsVersionIT extends KpiFactsVersionContract {
    private final PostgresSchema schema = new PostgresSchema();

    @AfterEach
    void dropSchema() throws Exception {
        schema.close();
    }

    @Override
    String url() {
        return schema.url();
    }
}
