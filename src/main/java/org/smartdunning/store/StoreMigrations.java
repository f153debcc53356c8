package org.smartdunning.store;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.smartdunning.config.Secret;

/** The store's versioned Flyway migrations: the registry in the base schema, the tables in each creditor's. */
final class StoreMigrations {
    /** Held so that the level set on it is not lost to garbage collection. */
    private static final Logger FLYWAY_JUL = Logger.getLogger("org.flywaydb");

    private StoreMigrations() {
    }

    /** The registry of creditors, in the base schema (the URL's {@code currentSchema}, else the default). */
    static void registry(String url, Secret password, String baseSchema) {
        FluentConfiguration config = Flyway.configure()
                .dataSource(url, null, revealed(password))
                .locations("classpath:db/registry")
                .table("flyway_registry_history")
                // a base schema may hold other tables (a shared PostgreSQL database): start the registry beside them
                .baselineOnMigrate(true)
                .baselineVersion("0");
        if (baseSchema != null) {
            config.schemas(baseSchema).defaultSchema(baseSchema).createSchemas(true);
        }
        migrate(config);
    }

    /** The history, decision, model and workflow tables, in the creditor's own schema. */
    static void creditor(String url, Secret password, Dialect dialect, String schema) {
        migrate(Flyway.configure()
                .dataSource(url, null, revealed(password))
                .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect.vendor())
                // the one type the shared migrations spell differently
                .placeholders(Map.of("binary_type", dialect == Dialect.DUCKDB ? "blob" : "bytea"))
                .schemas(schema).defaultSchema(schema).createSchemas(true));
    }

    private static String revealed(Secret password) {
        return password.isEmpty() ? null : password.reveal();
    }

    private static void migrate(FluentConfiguration config) {
        Flyway flyway = config.load();
        quietFlyway(); // after load(): loading the configuration resets Flyway's log creator
        flyway.migrate();
    }

    private static void quietFlyway() {
        Log silent = (Log) Proxy.newProxyInstance(StoreMigrations.class.getClassLoader(), new Class<?>[] {Log.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? Boolean.FALSE : null);
        LogFactory.setLogCreator(type -> silent);
        FLYWAY_JUL.setLevel(Level.WARNING); // in case a creator was already chosen: no INFO chatter
    }
}
