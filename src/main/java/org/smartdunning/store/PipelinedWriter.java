package org.smartdunning.store;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;

/**
 * Runs a {@link HistoryWriter} on its own thread so that reading and validating the folder (caller
 * thread) overlaps with the database append (writer thread): on two cores this takes the import
 * from the sum of both to about the slower one. Rows travel in arrays of {@value #BATCH}; the queue
 * is short, so memory stays bounded. The JDBC connection is used by the writer thread (and
 * PostgreSQL's {@link PostgresCopyLane}) only, from the first row to {@link #finish()}/{@link #abort()},
 * which wait for them.
 */
final class PipelinedWriter implements HistoryWriter {
    private static final int BATCH = 4096;
    private static final Object[] END = new Object[0];

    /** A batch item with its import and position, as it travels through the queue. */
    private record Positioned(long importId, int position, BatchItem item) {
    }

    private final HistoryWriter target;
    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private final WorkerFailure failure = new WorkerFailure("import writer failed");
    private Object[] batch = new Object[BATCH];
    private int filled;
    private boolean ended;

    PipelinedWriter(HistoryWriter target) {
        this.target = target;
        this.thread = new Thread(this::drain, "dunning-import-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void drain() {
        try {
            while (true) {
                Object[] rows = queue.take();
                if (rows == END) {
                    return;
                }
                if (failure.happened()) {
                    continue; // keep consuming so the reader never blocks; the failure is reported there
                }
                try {
                    for (Object row : rows) {
                        if (row == null) {
                            break;
                        }
                        write(row);
                    }
                } catch (SQLException | RuntimeException e) {
                    failure.record(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.record(e);
        }
    }

    private void write(Object row) throws SQLException {
        if (row instanceof Invoice invoice) {
            target.invoice(invoice);
        } else if (row instanceof Payment payment) {
            target.payment(payment);
        } else if (row instanceof Customer customer) {
            target.customer(customer);
        } else if (row instanceof DunningEvent event) {
            target.event(event);
        } else if (row instanceof Inquiry inquiry) {
            target.inquiry(inquiry);
        } else if (row instanceof Positioned p) {
            target.batchItem(p.importId(), p.position(), p.item());
        } else {
            throw new IllegalArgumentException("not a history row: " + row);
        }
    }

    private void add(Object row) throws SQLException {
        batch[filled++] = row;
        if (filled == BATCH) {
            handOver();
        }
    }

    private void handOver() throws SQLException {
        failure.rethrow();
        if (filled > 0) {
            put(batch);
            batch = new Object[BATCH];
            filled = 0;
        }
    }

    private void put(Object[] rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    /** Waits until the writer thread has written (or dropped) everything handed over. */
    private void end() {
        if (!ended) {
            ended = true;
            put(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while importing", e);
            }
        }
    }

    @Override
    public void customer(Customer customer) throws SQLException {
        add(customer);
    }

    @Override
    public void invoice(Invoice invoice) throws SQLException {
        add(invoice);
    }

    @Override
    public void payment(Payment payment) throws SQLException {
        add(payment);
    }

    @Override
    public void event(DunningEvent event) throws SQLException {
        add(event);
    }

    @Override
    public void inquiry(Inquiry inquiry) throws SQLException {
        add(inquiry);
    }

    @Override
    public void batchItem(long importId, int position, BatchItem item) throws SQLException {
        add(new Positioned(importId, position, item));
    }

    @Override
    public void finish() throws SQLException {
        handOver();
        end();
        failure.rethrow();
        target.finish();
    }

    @Override
    public void abort() {
        filled = 0;
        failure.record(new SQLException("import aborted"));
        try {
            end();
        } catch (RuntimeException ignored) {
            // aborting anyway
        }
        target.abort();
    }
}
