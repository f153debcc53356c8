package org.smartdunning.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The import's connection work on a thread of its own, in the order handed over: a table's COPY,
 * its chunks of rows, its end and then the build of its deferred keys and indexes. While a table's
 * indexes are built, the next table's rows keep being encoded and wait here, up to
 * {@value #MAX_QUEUED_BYTES} bytes (the encoder then waits), so the build overlaps the reading of
 * the next file instead of following the whole import. The first failure skips the rest and is
 * thrown to the encoder at its next hand-over, or by {@link #finish}.
 */
final class PostgresCopyLane {
    private static final int MAX_QUEUED_BYTES = 64 << 20;

    private interface Work {
        void run() throws SQLException;
    }

    private final CopyManager copyManager;
    private final PostgresDeferredIndexes indexes;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "dunning-import-copy");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore queued = new Semaphore(MAX_QUEUED_BYTES);
    private final WorkerFailure failure = new WorkerFailure("import copy failed");
    private CopyIn copy;

    PostgresCopyLane(Connection connection) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        this.indexes = new PostgresDeferredIndexes(connection);
    }

    /** Starts the table's binary COPY, its keys and indexes dropped first when it is empty. */
    void start(String table, String columns) throws SQLException {
        submit(0, () -> {
            indexes.beforeFirstCopy(table);
            copy = copyManager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)");
        });
    }

    /** Sends the first {@code size} bytes of {@code chunk}, which the caller no longer touches. */
    void write(byte[] chunk, int size) throws SQLException {
        submit(size, () -> copy.writeToCopy(chunk, 0, size));
    }

    /** Ends the running COPY, then builds the table's deferred keys and indexes. */
    void end(String table) throws SQLException {
        submit(0, () -> {
            CopyIn ending = copy;
            copy = null;
            ending.endCopy();
            indexes.build(table);
        });
    }

    /** Waits for everything handed over; throws the first failure. */
    void finish() throws SQLException {
        stop();
        failure.rethrow();
    }

    /** Skips what is still queued, waits for the running step and cancels the COPY. Never throws. */
    void abort() {
        failure.record(new SQLException("import aborted"));
        stop();
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException | RuntimeException ignored) {
                // the transaction is rolled back next
            }
        }
        copy = null;
    }

    private void submit(int bytes, Work work) throws SQLException {
        failure.rethrow();
        queued.acquireUninterruptibly(bytes);
        thread.execute(() -> {
            try {
                if (!failure.happened()) {
                    work.run();
                }
            } catch (SQLException | RuntimeException e) {
                failure.record(e);
            } finally {
                queued.release(bytes);
            }
        });
    }

    private void stop() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // an index build of a large table can take minutes
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.record(e);
        }
    }
}
