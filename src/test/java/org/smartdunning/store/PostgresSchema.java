package org.smartdunning.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, randomly named schema on the test PostgreSQL server ({@code dunning.test.pg}, or an
 * embedded one when that does not answer, see {@link TestPostgres}), dropped on close.
 */
public final class PostgresSchema implements AutoCloseable {
    public static final String SERVER = TestPostgres.url();

    private final String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public String name() {
        return name;
    }

    public String url() {
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
