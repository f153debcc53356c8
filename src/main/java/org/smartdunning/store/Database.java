package org.smartdunning.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import org.smartdunning.config.MaskedUrl;
import org.smartdunning.config.Secret;
import org.smartdunning.history.CreditorId;

/**
 * An open, migrated store pinned to one creditor: one JDBC connection to DuckDB (embedded file) or
 * PostgreSQL whose search path is that creditor's own schema, so every table it names holds that
 * creditor's rows and no other's. The store's base schema holds only the registry of creditors.
 * Not thread-safe: one import or read at a time; the service borrows one per request from
 * {@link ServiceDatabases}.
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
    private final CreditorId creditor;
    private final CreditorSchemas.Entry schemas;
    private final Connection connection;
    private CreditorWork work;

    private Database(String url, Dialect dialect, CreditorId creditor, CreditorSchemas.Entry schemas,
                     Connection connection) {
        this.url = url;
        this.dialect = dialect;
        this.creditor = creditor;
        this.schemas = schemas;
        this.connection = connection;
    }

    /**
     * Opens the store for one creditor: brings the registry and the creditor's schema up to date
     * (registering a new creditor) and pins the connection to that schema. For PostgreSQL a
     * {@code currentSchema=} URL parameter names the base schema (created when absent); creditor
     * schemas are named after it.
     *
     * @throws IllegalArgumentException for a URL of another database
     * @throws StoreBusyException       when another process holds the embedded store
     * @throws StoreException           when the database cannot be opened or migrated
     */
    public static Database open(String jdbcUrl, CreditorId creditor) {
        return open(jdbcUrl, creditor, Secret.NONE);
    }

    /**
     * Opens the store as {@link #open(String, CreditorId)} does, logging in with {@code password}:
     * it goes to the driver as its {@code password} property, never into the URL, so no message shows it.
     *
     * @throws IllegalArgumentException also when the URL holds a password of its own besides {@code password}
     */
    public static Database open(String jdbcUrl, CreditorId creditor, Secret password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        Objects.requireNonNull(creditor, "creditor");
        if (!password.isEmpty() && !MaskedUrl.mask(jdbcUrl).equals(jdbcUrl)) {
            throw new IllegalArgumentException("the store URL " + MaskedUrl.mask(jdbcUrl)
                    + " holds a password and another one is given besides; keep one (preferably not in the URL)");
        }
        String base = dialect == Dialect.POSTGRESQL ? urlParameter(jdbcUrl, "currentSchema") : null;
        Connection connection = connect(jdbcUrl, dialect, password);
        try {
            StoreMigrations.registry(jdbcUrl, password, base);
            String baseSchema = currentSchema(connection);
            CreditorSchemas.Entry entry = CreditorSchemas.resolve(connection, baseSchema, creditor);
            StoreMigrations.creditor(jdbcUrl, password, dialect, entry.schema());
            pin(connection, dialect, entry.schema());
            if (dialect == Dialect.DUCKDB) {
                checkpoint(connection);
            }
            return new Database(jdbcUrl, dialect, creditor, entry, connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("cannot open " + MaskedUrl.mask(jdbcUrl) + " for creditor '" + creditor + "'", e);
        }
    }

    /**
     * A store on a connection borrowed from the service's pool, pinned to the creditor's schema
     * (unless {@code pinned} says it is already); closing it gives the connection back. The
     * creditor's schema is already migrated.
     */
    static Database borrowed(String url, Dialect dialect, CreditorId creditor, CreditorSchemas.Entry schemas,
                             Connection connection, boolean pinned) {
        try {
            connection.setAutoCommit(true);
            if (!pinned) {
                pin(connection, dialect, schemas.schema());
            }
            return new Database(url, dialect, creditor, schemas, connection);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new StoreException("cannot pin a pooled connection to creditor '" + creditor + "'", e);
        }
    }

    static Connection connect(String url, Dialect dialect, Secret password) {
        try {
            Connection connection = DriverManager.getConnection(url, driverProperties(password));
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            if (dialect == Dialect.DUCKDB) {
                StoreBusyException.ofDuckDbLock(url, e).ifPresent(busy -> {
                    throw busy;
                });
            }
            throw new StoreException("cannot open " + MaskedUrl.mask(url), e);
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

    static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Every unqualified table name now means the creditor's own table. DuckDB needs its default
     * schema changed ({@code USE}), not only the search path: it resolves foreign keys there.
     */
    private static void pin(Connection connection, Dialect dialect, String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                statement.execute("SET search_path TO " + quoted(schema));
                return;
            }
            String catalog;
            try (var rs = statement.executeQuery("SELECT current_database()")) {
                rs.next();
                catalog = rs.getString(1);
            }
            statement.execute("USE " + quoted(catalog) + "." + quoted(schema));
        }
    }

    /**
     * Writes the migrations into the database file at once. DuckDB 1.4 cannot replay a write-ahead
     * log holding a new schema's tables ("GetDefaultDatabase with no default database set"), so a
     * process killed right after making a creditor would leave a store that no longer opens.
     */
    private static void checkpoint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

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

    /**
     * Claims the creditor for a command that changes its data, before any work: on PostgreSQL a
     * session lock per creditor (other creditors are not blocked), held until {@link #close}; the
     * embedded store is held whole by its process already.
     *
     * @throws StoreBusyException naming the other process when it holds the creditor
     */
    public Database claimFor(String command) {
        if (work == null) {
            work = CreditorWork.claim(this, command);
        }
        return this;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    /** The creditor whose rows this connection sees. */
    public CreditorId creditor() {
        return creditor;
    }

    /** The creditor's own schema, which the connection's search path is pinned to. */
    public String schema() {
        return schemas.schema();
    }

    /** The store's base schema, holding the registry of creditors. */
    String baseSchema() {
        return schemas.baseSchema();
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

    private static void closeQuietly(Connection connection, Throwable cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            if (work != null) {
                work.release();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + MaskedUrl.mask(url), e);
        }
    }
}
