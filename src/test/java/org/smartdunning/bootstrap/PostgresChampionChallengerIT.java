package org.smartdunning.bootstrap;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.smartdunning.store.PostgresSchema;

/** Champion and challenger on PostgreSQL, in a fresh schema. */
class PostgresChampionChallengerIT extends ChampionChallengerContract {
    private final PostgresSchema schema = new PostgresSchema();

    @Override
    String url() {
        return schema.url();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        schema.close();
    }
}
