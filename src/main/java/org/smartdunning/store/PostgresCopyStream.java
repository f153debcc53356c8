package org.smartdunning.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)} inside the store's open transaction, fed from
 * a buffer of CSV rows sent in chunks of about {@value #FLUSH_CHARS} characters. One COPY runs at a
 * time per connection, so a table switch ends the previous COPY.
 */
final class PostgresCopyStream {
    private static final int FLUSH_CHARS = 1 << 16;

    private final CopyManager copyManager;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1024);
    private CopyIn copy;
    private String table;

    PostgresCopyStream(Connection connection) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** The buffer to append one row of the table to, each field followed by a comma; then {@link #endRow}. */
    StringBuilder to(String name, String columns) throws SQLException {
        if (!name.equals(table)) {
            endCopy();
            copy = copyManager.copyIn("COPY " + name + " (" + columns + ") FROM STDIN (FORMAT csv)");
            table = name;
        }
        return buffer;
    }

    /** Turns the row's last separator into its line end. */
    void endRow() throws SQLException {
        buffer.setCharAt(buffer.length() - 1, '\n');
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    /** Sends every buffered row and ends the running COPY, if any. */
    void endCopy() throws SQLException {
        if (copy != null) {
            flush();
            CopyIn ending = copy;
            copy = null;
            table = null;
            ending.endCopy();
        }
    }

    /** Drops buffered rows and cancels the running COPY. Never throws. */
    void abort() {
        buffer.setLength(0);
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
