package org.smartdunning.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One command at a time changes a creditor's data. On PostgreSQL a session advisory lock keyed by
 * the creditor's schema (other creditors are not blocked) and a row naming the holder, for the
 * sentence a second command stops with; the embedded store is held whole by its process.
 */
final class CreditorWork {
    private static final String LOCK_KEY = "('x' || md5(?))::bit(64)::bigint";

    private final Database database;

    private CreditorWork(Database database) {
        this.database = database;
    }

    static CreditorWork claim(Database database, String command) {
        if (database.dialect() != Dialect.POSTGRESQL) {
            return new CreditorWork(database);
        }
        Connection connection = database.connection();
        String table = Database.quoted(database.baseSchema()) + ".creditor_work";
        try {
            if (!tryLock(connection, database)) {
                throw new StoreBusyException("creditor '" + database.creditor() + "' is in use by " + holder(connection,
                        table, database) + "; wait until it ends");
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE creditor_id = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                         + " (creditor_id, command, pid, host, started_at) VALUES (?, ?, ?, ?, CAST(current_timestamp AS TIMESTAMP))")) {
                delete.setString(1, database.creditor().value());
                delete.executeUpdate();
                insert.setString(1, database.creditor().value());
                insert.setString(2, command);
                insert.setLong(3, ProcessHandle.current().pid());
                insert.setString(4, host());
                insert.executeUpdate();
            }
            return new CreditorWork(database);
        } catch (SQLException e) {
            throw new StoreException("cannot claim creditor '" + database.creditor() + "'", e);
        }
    }

    private static boolean tryLock(Connection connection, Database database) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(" + LOCK_KEY + ")")) {
            lock.setString(1, database.baseSchema() + "." + database.schema());
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static String holder(Connection connection, String table, Database database) throws SQLException {
        try (PreparedStatement who = connection.prepareStatement(
                "SELECT command, pid, host, started_at FROM " + table + " WHERE creditor_id = ?")) {
            who.setString(1, database.creditor().value());
            try (ResultSet rs = who.executeQuery()) {
                if (!rs.next()) {
                    return "another process";
                }
                Timestamp since = rs.getTimestamp(4);
                return "`dunning " + rs.getString(1) + "` (process " + rs.getLong(2) + " on " + rs.getString(3)
                        + ", since " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(
                        since.toLocalDateTime().atOffset(ZoneOffset.UTC)) + " UTC)";
            }
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "this host";
        }
    }

    /** Lets the creditor go (closing the connection would too). */
    void release() throws SQLException {
        if (database.dialect() != Dialect.POSTGRESQL) {
            return;
        }
        Connection connection = database.connection();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM "
                + Database.quoted(database.baseSchema()) + ".creditor_work WHERE creditor_id = ? AND pid = ?");
             PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(" + LOCK_KEY + ")")) {
            delete.setString(1, database.creditor().value());
            delete.setLong(2, ProcessHandle.current().pid());
            delete.executeUpdate();
            unlock.setString(1, database.baseSchema() + "." + database.schema());
            unlock.executeQuery().close();
        }
    }
}
