package org.smartdunning.cli;

import org.junit.jupiter.api.AfterEach;
import org.smartdunning.store.PostgresSchema;

/** The daily run on PostgreSQL, in a fresh schema per test. */
class PostgresRunIT extends RunContract {
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
