package org.smartdunning.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.Payment;
import org.smartdunning.ingest.HistorySink;
import org.smartdunning.ingest.ImportReceipt;

/** One import: rows through the dialect's bulk writer, then the imports row, then commit. */
final class ImportTransaction implements HistorySink {
    private final Connection connection;
    private final long importId;
    private final HistoryWriter writer;
    private final java.util.List<Customer> changed = new java.util.ArrayList<>();
    private boolean open = true;
    private boolean flushed;

    private ImportTransaction(Connection connection, long importId, HistoryWriter writer) {
        this.connection = connection;
        this.importId = importId;
        this.writer = writer;
    }

    /** Opens the import transaction; the caller must commit or roll back (close rolls back). */
    static ImportTransaction begin(Database database) {
        Connection connection = database.connection();
        try {
            connection.setAutoCommit(false);
            long importId = ImportRegistry.nextImportId(connection);
            return new ImportTransaction(connection, importId, new PipelinedWriter(HistoryWriter.create(database)));
        } catch (SQLException e) {
            try {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException("cannot start an import", e);
        }
    }

    @Override
    public long importId() {
        return importId;
    }

    private interface Write {
        void run() throws SQLException;
    }

    private void write(Write write) {
        if (!open) {
            throw new IllegalStateException("import " + importId + " is already finished");
        }
        try {
            write.run();
        } catch (SQLException e) {
            throw new StoreException("cannot write import " + importId, e);
        }
    }

    @Override
    public void customer(Customer customer) {
        write(() -> writer.customer(customer));
    }

    @Override
    public void customerChanged(Customer customer) {
        changed.add(customer);
    }

    @Override
    public void invoice(Invoice invoice) {
        write(() -> writer.invoice(invoice));
    }

    @Override
    public void payment(Payment payment) {
        write(() -> writer.payment(payment));
    }

    @Override
    public void event(DunningEvent event) {
        write(() -> writer.event(event));
    }

    @Override
    public void inquiry(Inquiry inquiry) {
        write(() -> writer.inquiry(inquiry));
    }

    @Override
    public void batchItem(int position, BatchItem item) {
        write(() -> writer.batchItem(importId, position, item));
    }

    @Override
    public void flush() {
        write(() -> {
            if (!flushed) {
                writer.finish();
                flushed = true;
            }
        });
    }

    @Override
    public void commit(ImportReceipt receipt) {
        flush();
        write(() -> {
            ChangedCustomers.replace(connection, changed);
            ImportRegistry.record(connection, importId, receipt);
            connection.commit();
            open = false;
            connection.setAutoCommit(true);
        });
    }

    @Override
    public void rollback() {
        if (!open) {
            return;
        }
        open = false;
        writer.abort();
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("cannot roll back import " + importId, e);
        }
    }

    @Override
    public void close() {
        rollback();
    }
}
