package org.smartdunning.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL {@code COPY ... FROM STDIN (FORMAT binary)} inside the store's open transaction: rows
 * are encoded here, on the caller's thread, into chunks of about {@value #CHUNK_BYTES} bytes that
 * the {@link PostgresCopyLane} sends. One COPY runs at a time per connection, so a table switch
 * ends the previous COPY (and starts the build of that table's deferred keys and indexes).
 */
final class PostgresCopyStream {
    private static final int CHUNK_BYTES = 1 << 16;

    private final PostgresCopyLane lane;
    private PostgresBinaryRows rows = newChunk();
    private String table;

    PostgresCopyStream(Connection connection) throws SQLException {
        this.lane = new PostgresCopyLane(connection);
    }

    private static PostgresBinaryRows newChunk() {
        return new PostgresBinaryRows(CHUNK_BYTES + 1024);
    }

    /**
     * The buffer to append one row of the table to, its field count written: then every field, in
     * the order of {@code columns}, then {@link #endRow}.
     */
    PostgresBinaryRows row(String name, String columns, int fields) throws SQLException {
        if (!name.equals(table)) {
            endCopy();
            lane.start(name, columns);
            table = name;
            rows.header();
        }
        rows.row(fields);
        return rows;
    }

    void endRow() throws SQLException {
        if (rows.size() >= CHUNK_BYTES) {
            send();
        }
    }

    private void send() throws SQLException {
        if (rows.size() > 0) {
            lane.write(rows.bytes(), rows.size());
            rows = newChunk();
        }
    }

    /** Hands over every buffered row and the end of the running COPY, if any. */
    private void endCopy() throws SQLException {
        if (table != null) {
            rows.trailer();
            send();
            lane.end(table);
            table = null;
        }
    }

    /** Ends the running COPY and waits until every row is sent and every deferred key and index built. */
    void finish() throws SQLException {
        endCopy();
        lane.finish();
    }

    /** Drops buffered rows and cancels the running COPY. Never throws. */
    void abort() {
        rows.clear();
        table = null;
        lane.abort();
    }
}
