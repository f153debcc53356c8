/**
 * JDBC adapters of the history store: DuckDB (embedded, the default) and PostgreSQL, one logical
 * schema migrated by Flyway from {@code db/migration/{vendor}}.
 */
package org.smartdunning.store;
