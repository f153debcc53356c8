package org.smartdunning.api;

import java.nio.file.Path;
import org.smartdunning.store.PostgresSchema;

/** The API test suite on PostgreSQL, in a fresh schema (and its creditors' schemas), dropped after. */
class PostgresApiIT extends ApiContract {
    private final PostgresSchema schema = new PostgresSchema();

    @Override
    String url(Path temp) {
        return schema.url();
    }

    @Override
    void dropStore() throws Exception {
        schema.close();
    }
}
