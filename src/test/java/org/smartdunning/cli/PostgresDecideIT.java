package org.smartdunning.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.smartdunning.store.PostgresSchema;

/** The decide contract on PostgreSQL, in a fresh schema per test. */
class PostgresDecideIT extends DecideContract {
    private PostgresSchema schema;

    @BeforeEach
    void createSchema() {
        schema = new PostgresSchema();
    }

    @AfterEach
    void dropSchema() throws Exception {
        schema.close();
    }

    @Override
    String url() {
        return schema.url();
    }
}
