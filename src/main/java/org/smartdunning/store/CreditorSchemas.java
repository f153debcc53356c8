package org.smartdunning.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.smartdunning.history.CreditorId;

/**
 * The registry of a store's creditors: each creditor id gets a schema of its own, named by its
 * number in the registry ({@code creditor_1}, or {@code BASE_creditor_1} under a named base
 * schema), so an id of any spelling maps to a short, safe identifier.
 */
final class CreditorSchemas {
    private static final int ATTEMPTS = 5;
    private static final int MAX_BASE_LENGTH = 40;

    /** A creditor's place in the store. */
    record Entry(String baseSchema, String schema) {
    }

    private CreditorSchemas() {
    }

    /** The creditor's schema, registering the creditor when the store does not know it yet. */
    static Entry resolve(Connection connection, String baseSchema, CreditorId creditor) throws SQLException {
        if (baseSchema.length() > MAX_BASE_LENGTH) {
            throw new StoreException("the store's schema name '" + baseSchema + "' is longer than " + MAX_BASE_LENGTH
                    + " characters; choose a shorter currentSchema", null);
        }
        refuseSingleCreditorLayout(connection, baseSchema);
        String registry = Database.quoted(baseSchema) + ".creditors";
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT schema_name FROM " + registry + " WHERE creditor_id = ?")) {
                find.setString(1, creditor.value());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        return new Entry(baseSchema, rs.getString(1));
                    }
                }
            }
            try {
                return new Entry(baseSchema, register(connection, registry, baseSchema, creditor));
            } catch (SQLException e) {
                last = e; // another process registered a creditor at the same moment: look again
            }
        }
        throw last;
    }

    /** The creditor's schema when the store knows the creditor. */
    static java.util.Optional<Entry> find(Connection connection, String baseSchema, CreditorId creditor)
            throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT schema_name FROM " + Database.quoted(baseSchema) + ".creditors WHERE creditor_id = ?")) {
            find.setString(1, creditor.value());
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? java.util.Optional.of(new Entry(baseSchema, rs.getString(1)))
                        : java.util.Optional.empty();
            }
        }
    }

    private static String register(Connection connection, String registry, String baseSchema, CreditorId creditor)
            throws SQLException {
        int number;
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + registry);
             ResultSet rs = count.executeQuery()) {
            rs.next();
            number = rs.getInt(1) + 1;
        }
        String prefix = baseSchema.equals("public") || baseSchema.equals("main") ? "" : baseSchema + "_";
        String schema = (prefix + "creditor_" + number).toLowerCase(Locale.ROOT);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + registry
                + " (creditor_id, schema_name, created_at) VALUES (?, ?, CAST(current_timestamp AS TIMESTAMP))")) {
            insert.setString(1, creditor.value());
            insert.setString(2, schema);
            insert.executeUpdate();
        }
        return schema;
    }

    /** A store written before creditors were kept apart has the history tables in its base schema. */
    private static void refuseSingleCreditorLayout(Connection connection, String baseSchema) throws SQLException {
        try (PreparedStatement old = connection.prepareStatement("SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_name IN ('customers', 'flyway_schema_history')")) {
            old.setString(1, baseSchema);
            try (ResultSet rs = old.executeQuery()) {
                rs.next();
                if (rs.getInt(1) == 2) {
                    throw new StoreException("this store was written by a Smart Dunning that kept one creditor per store"
                            + " (its tables are in schema '" + baseSchema + "'); import the folders again into a new"
                            + " store, whose creditors are kept apart", null);
                }
            }
        }
    }
}
