package org.smartdunning.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL {@code COPY ... FROM STDIN (FORMAT binary)} inside the store's open transaction, fed
 * from a buffer of rows sent in chunks of about {@value #FLUSH_BYTES} bytes. One COPY runs at a
 * time per connection, so a table switch ends the previous COPY. The keys and indexes of a table
 * found empty are built once, after the last COPY ({@link PostgresDeferredIndexes}).
 */
final class PostgresCopyStream {
    private static final int FLUSH_BYTES = 1 << 16;

    private final CopyManager copyManager;
    private final PostgresDeferredIndexes indexes;
    private final PostgresBinaryRows rows = new PostgresBinaryRows(FLUSH_BYTES + 1024);
    private CopyIn copy;
    private String table;

    PostgresCopyStream(Connection connection) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        this.indexes = new PostgresDeferredIndexes(connection);
    }

    /**
     * The buffer to append one row of the table to, its field count written: then every field, in
     * the order of {@code columns}, then {@link #endRow}.
     */
    PostgresBinaryRows row(String name, String columns, int fields) throws SQLException {
        if (!name.equals(table)) {
            endCopy();
            indexes.beforeFirstCopy(name);
            copy = copyManager.copyIn("COPY " + name + " (" + columns + ") FROM STDIN (FORMAT binary)");
            table = name;
            rows.header();
        }
        rows.row(fields);
        return rows;
    }

    void endRow() throws SQLException {
        if (rows.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (rows.size() > 0) {
            copy.writeToCopy(rows.bytes(), 0, rows.size());
            rows.clear();
        }
    }

    /** Sends every buffered row and ends the running COPY, if any. */
    void endCopy() throws SQLException {
        if (copy != null) {
            rows.trailer();
            flush();
            CopyIn ending = copy;
            copy = null;
            table = null;
            ending.endCopy();
        }
    }

    /** Ends the running COPY and builds the keys and indexes deferred for the import. */
    void finish() throws SQLException {
        endCopy();
        indexes.buildAll();
    }

    /** Drops buffered rows and cancels the running COPY. Never throws. */
    void abort() {
        rows.clear();
        if (copy != null) {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException | RuntimeException ignored) {
                // the transaction is rolled back next
            }
            copy = null;
            table = null;
        }
    }
}
