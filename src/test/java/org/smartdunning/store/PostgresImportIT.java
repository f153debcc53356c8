package org.smartdunning.store;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The import contract on PostgreSQL, in a fresh schema for this class. */
class PostgresImportIT extends ImportStoreContract {
    private static PostgresSchema schema;

    @BeforeAll
    static void createSchema() {
        schema = new PostgresSchema();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        schema.close();
    }

    @Override
    String url() {
        return schema.url();
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }
}
