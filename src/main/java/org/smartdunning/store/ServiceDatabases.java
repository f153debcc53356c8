package org.smartdunning.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBConnection;
import org.smartdunning.config.MaskedUrl;
import org.smartdunning.config.Secret;
import org.smartdunning.history.CreditorId;

/**
 * The service's store: one pool of connections shared by every creditor, each borrowed connection
 * pinned to the creditor of the request. PostgreSQL connections come from a HikariCP pool;
 * DuckDB, embedded in this process, gives each request a duplicate of one open connection (its
 * own transaction over the same database). Safe for concurrent requests.
 */
public final class ServiceDatabases implements AutoCloseable {
    private final String url;
    private final Dialect dialect;
    private final Secret password;
    private final String baseSchema;
    private final HikariDataSource pool;
    private final DuckDBConnection embedded;
    private final Map<CreditorId, CreditorSchemas.Entry> known = new ConcurrentHashMap<>();
    /** The schema each pooled PostgreSQL connection is pinned to, by physical connection. */
    private final Map<Object, String> pins = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private ServiceDatabases(String url, Dialect dialect, Secret password, String baseSchema, HikariDataSource pool,
                             DuckDBConnection embedded) {
        this.url = url;
        this.dialect = dialect;
        this.password = password;
        this.baseSchema = baseSchema;
        this.pool = pool;
        this.embedded = embedded;
    }

    /**
     * Opens the store for the service and brings its registry up to date.
     *
     * @param poolSize connections to PostgreSQL at most (DuckDB needs no pool)
     */
    public static ServiceDatabases open(String jdbcUrl, Secret password, int poolSize) {
        Dialect dialect = Dialect.of(jdbcUrl);
        String base = dialect == Dialect.POSTGRESQL ? Database.urlParameter(jdbcUrl, "currentSchema") : null;
        if (dialect == Dialect.DUCKDB) {
            Connection root = Database.connect(jdbcUrl, dialect, password);
            try {
                StoreMigrations.registry(jdbcUrl, password, null);
                return new ServiceDatabases(jdbcUrl, dialect, password, Database.currentSchema(root), null,
                        root.unwrap(DuckDBConnection.class));
            } catch (SQLException | RuntimeException e) {
                closeQuietly(root);
                throw new StoreException("cannot open " + MaskedUrl.mask(jdbcUrl), e);
            }
        }
        StoreMigrations.registry(jdbcUrl, password, base);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setDataSourceProperties(Database.driverProperties(password));
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("dunning");
        HikariDataSource pool = new HikariDataSource(config);
        try (Connection connection = pool.getConnection()) {
            return new ServiceDatabases(jdbcUrl, dialect, password, Database.currentSchema(connection), pool, null);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new StoreException("cannot open " + MaskedUrl.mask(jdbcUrl), e);
        }
    }

    /** The creditor's store on a borrowed connection, when the store knows the creditor; close it to give it back. */
    public Optional<Database> creditor(CreditorId creditor) {
        CreditorSchemas.Entry entry = known.get(creditor);
        if (entry == null) {
            Optional<CreditorSchemas.Entry> found = withConnection(c -> CreditorSchemas.find(c, baseSchema, creditor));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            entry = found.get();
            StoreMigrations.creditor(url, password, dialect, entry.schema());
            known.put(creditor, entry);
        }
        Connection connection = borrow();
        Object physical = physical(connection);
        boolean pinned = physical != null && entry.schema().equals(pins.get(physical));
        Database database = Database.borrowed(url, dialect, creditor, entry, connection, pinned);
        if (physical != null) {
            pins.put(physical, entry.schema()); // only once the pinning succeeded
        }
        return Optional.of(database);
    }

    /** Registers the creditor when new and creates its tables; true when it was new. */
    public boolean register(CreditorId creditor) {
        boolean existed = withConnection(c -> CreditorSchemas.find(c, baseSchema, creditor)).isPresent();
        CreditorSchemas.Entry entry = withConnection(c -> CreditorSchemas.resolve(c, baseSchema, creditor));
        StoreMigrations.creditor(url, password, dialect, entry.schema());
        if (dialect == Dialect.DUCKDB) {
            withConnection(c -> {
                c.createStatement().execute("CHECKPOINT"); // see Database.checkpoint: a new schema must reach the file
                return null;
            });
        }
        known.put(creditor, entry);
        return !existed;
    }

    /** Work on the base schema, where the registry of creditors and API keys lives (tables named with it). */
    public <T> T withConnection(Database.SqlWork<T> work) {
        try (Connection connection = borrow()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database work failed", e);
        }
    }

    /** The base schema, to qualify the registry's tables. */
    public String baseSchema() {
        return baseSchema;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * The physical PostgreSQL connection behind a pooled one, which keeps its search path between
     * borrowings: a creditor's requests then pay for {@code SET search_path} once per connection, not
     * per request. Only the pinning changes the search path, in auto-commit mode, so no rollback undoes
     * it. Null for DuckDB, whose duplicates are new connections each time.
     */
    private Object physical(Connection connection) {
        if (pool == null) {
            return null;
        }
        try {
            return connection.unwrap(org.postgresql.PGConnection.class);
        } catch (SQLException e) {
            return null;
        }
    }

    private Connection borrow() {
        try {
            return pool != null ? pool.getConnection() : embedded.duplicate();
        } catch (SQLException e) {
            throw new StoreException("no connection to " + MaskedUrl.mask(url), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the open failed already; that failure is the one to report
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
            return;
        }
        closeQuietly(embedded);
    }
}
