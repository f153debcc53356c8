package org.smartdunning.store;

import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.smartdunning.config.MaskedUrl;
import org.smartdunning.config.Secret;

/**
 * An open, migrated store: one JDBC connection to DuckDB (embedded file) or PostgreSQL.
 * Not thread-safe; one import or read at a time.
 */
public final class Database implements AutoCloseable {
    /** The CLI's default: an embedded DuckDB file in the working directory. */
    public static final String DEFAULT_URL = "jdbc:duckdb:dunning.duckdb";

    /** Work done with the connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final String url;
    private final Dialect dialect;
    private final String schema;
    private final Connection connection;

    private Database(String url, Dialect dialect, String schema, Connection connection) {
        this.url = url;
        this.dialect = dialect;
        this.schema = schema;
        this.connection = connection;
    }

    /**
     * Opens the database and brings its schema up to date. For PostgreSQL a {@code currentSchema=}
     * URL parameter is honoured: the schema is created when absent and holds all tables.
     *
     * @throws IllegalArgumentException for a URL of another database
     * @throws StoreException           when the database cannot be opened or migrated
     */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Secret.NONE);
    }

    /**
     * Opens the database as {@link #open(String)} does, logging in with {@code password}: it goes
     * to the driver as its {@code password} property, never into the URL, so no message shows it.
     *
     * @throws IllegalArgumentException also when the URL holds a password of its own besides {@code password}
     */
    public static Database open(String jdbcUrl, Secret password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        if (!password.isEmpty() && !MaskedUrl.mask(jdbcUrl).equals(jdbcUrl)) {
            throw new IllegalArgumentException("the store URL " + MaskedUrl.mask(jdbcUrl)
                    + " holds a password and another one is given besides; keep one (preferably not in the URL)");
        }
        String schema = dialect == Dialect.POSTGRESQL ? urlParameter(jdbcUrl, "currentSchema") : null;
        try {
            migrate(jdbcUrl, password, dialect, schema);
        } catch (RuntimeException e) {
            throw new StoreException("cannot migrate " + MaskedUrl.mask(jdbcUrl), e);
        }
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl, driverProperties(password));
            connection.setAutoCommit(true);
            return new Database(jdbcUrl, dialect, schema, connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + MaskedUrl.mask(jdbcUrl), e);
        }
    }

    /** What the driver gets besides the URL: the password, when one is given. */
    static Properties driverProperties(Secret password) {
        Properties properties = new Properties();
        if (!password.isEmpty()) {
            properties.setProperty("password", password.reveal());
        }
        return properties;
    }

    private static void migrate(String url, Secret password, Dialect dialect, String schema) {
        FluentConfiguration config = Flyway.configure()
                .dataSource(url, null, password.isEmpty() ? null : password.reveal())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect.vendor())
                // the one type the shared migrations spell differently
                .placeholders(java.util.Map.of("binary_type", dialect == Dialect.DUCKDB ? "blob" : "bytea"));
        if (schema != null) {
            config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        Flyway flyway = config.load();
        quietFlyway(); // after load(): loading the configuration resets Flyway's log creator
        flyway.migrate();
    }

    private static void quietFlyway() {
        Log silent = (Log) Proxy.newProxyInstance(Database.class.getClassLoader(), new Class<?>[] {Log.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? Boolean.FALSE : null);
        LogFactory.setLogCreator(type -> silent);
        FLYWAY_JUL.setLevel(Level.WARNING); // in case a creator was already chosen: no INFO chatter
    }

    /** Held so that the level set on it is not lost to garbage collection. */
    private static final Logger FLYWAY_JUL = Logger.getLogger("org.flywaydb");

    static String urlParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    /** The PostgreSQL schema from the URL, or null (DuckDB, or the server's default search path). */
    public String schema() {
        return schema;
    }

    /** The connection, in auto-commit mode outside {@link #inTransaction}. */
    public Connection connection() {
        return connection;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database work failed", e);
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + MaskedUrl.mask(url), e);
        }
    }
}
