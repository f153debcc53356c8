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
            // the base schema and every creditor's schema named after it
            java.util.List<String> schemas = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = statement.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname = '"
                    + name + "' OR nspname LIKE '" + name + "\\_creditor\\_%'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
