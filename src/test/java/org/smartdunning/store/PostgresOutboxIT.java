package org.smartdunning.store;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;

/** The outbox contract on PostgreSQL, in a fresh schema per test. */
class PostgresOutboxIT extends OutboxContract {
    private final PostgresSchema schema = new PostgresSchema();

    @AfterEach
    void dropSchema() throws SQLException {
        schema.close();
    }

    @Override
    String url() {
        return schema.url();
    }
}
