package org.smartdunning.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys and indexes of the history tables an import finds empty, dropped before the table's
 * COPY and built again once its rows are in: PostgreSQL builds a B-tree from sorted rows several
 * times faster than it maintains one row by row. Everything happens in the import's transaction,
 * so a failed import leaves the tables and their keys as they were, and a duplicate key still
 * fails the import when its key is built. The drop holds the table's exclusive lock until the
 * commit: readers of a creditor's first import wait for it instead of seeing empty tables.
 */
final class PostgresDeferredIndexes {
    /** Each key's and index's drop and build statements, keys first, read from the catalog. */
    private static final String DEFINITIONS = "SELECT 1, format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass,"
            + " c.conname), format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname,"
            + " pg_get_constraintdef(c.oid)) FROM pg_constraint c WHERE c.conrelid = to_regclass(?)"
            + " AND c.contype IN ('p', 'u')"
            + " UNION ALL SELECT 2, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)"
            + " FROM pg_index i WHERE i.indrelid = to_regclass(?)"
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1";
    /**
     * For the rest of the import's transaction: the builds' sorts in memory, not spilled to temporary
     * files at the default 64 MB, and no parallel workers, whose extra runs and merge cost the shared
     * cores more than they save (together half the builds' server CPU, README).
     */
    private static final String BUILD_SETTINGS = "SET LOCAL maintenance_work_mem = '256MB';"
            + " SET LOCAL max_parallel_maintenance_workers = 0";

    private final Connection connection;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, List<String>> builds = new HashMap<>();

    PostgresDeferredIndexes(Connection connection) {
        this.connection = connection;
    }

    /** Before the import's first row of the table: drops its keys and indexes when it holds no row. */
    void beforeFirstCopy(String table) throws SQLException {
        if (!seen.add(table) || !isEmpty(table)) {
            return;
        }
        List<String> drops = new ArrayList<>();
        List<String> tableBuilds = new ArrayList<>();
        try (PreparedStatement definitions = connection.prepareStatement(DEFINITIONS)) {
            definitions.setString(1, table);
            definitions.setString(2, table);
            try (ResultSet rs = definitions.executeQuery()) {
                while (rs.next()) {
                    drops.add(rs.getString(2));
                    tableBuilds.add(rs.getString(3));
                }
            }
        }
        builds.put(table, tableBuilds);
        try (Statement statement = connection.createStatement()) {
            if (!drops.isEmpty()) {
                statement.execute(BUILD_SETTINGS);
            }
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
    }

    /** After the table's COPY: builds the keys and indexes dropped for it, if any. */
    void build(String table) throws SQLException {
        List<String> tableBuilds = builds.remove(table);
        if (tableBuilds == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String build : tableBuilds) {
                statement.execute(build);
            }
        }
    }

    private boolean isEmpty(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
