package org.smartdunning.store;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;

/** Redacted provider answers on PostgreSQL, in a fresh schema. */
class PostgresProviderAnswerIT extends ProviderAnswerContract {
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
