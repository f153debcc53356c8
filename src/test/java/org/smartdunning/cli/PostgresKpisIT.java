package org.smartdunning.cli;

import org.junit.jupiter.api.AfterAll;
import org.smartdunning.store.PostgresSchema;

/** {@code dunning kpis} on PostgreSQL, in a fresh schema for the class. */
class PostgresKpisIT extends KpisContract {
    private final PostgresSchema schema = new PostgresSchema();

    @AfterAll
    void dropSchema() throws Exception {
        schema.close();
    }

    @Override
    String url() {
        return schema.url();
    }
}
