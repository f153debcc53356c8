package org.smartdunning.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.history.Payment;
import org.smartdunning.ingest.HistorySink;
import org.smartdunning.ingest.ImportReceipt;
import org.smartdunning.ingest.ImportStore;
import org.smartdunning.ingest.RowCounts;

/**
 * The history tables of a {@link Database}: the importer's sink and the engine's read side.
 * Reads select only the needed columns, with dates as epoch days and amounts as cents (the same
 * SQL on both dialects), and stream (fetch size) on PostgreSQL.
 */
public final class HistoryStore implements ImportStore {
    private static final int FETCH_SIZE = 10_000;
    /** Days since 1970-01-01: {@code date - date} is an integer in both dialects. */
    private static final String EPOCH = " - DATE '1970-01-01'";

    private static final String RECEIPT_COLUMNS = "import_id, folder, fingerprint, as_of" + EPOCH
            + ", elapsed_ms, customers_read, invoices_read, payments_read, dunning_events_read, inquiries_read,"
            + " batch_items_read, customers_added, invoices_added, payments_added, dunning_events_added,"
            + " inquiries_added, batch_items_added";

    private final Database database;

    public HistoryStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    // ---- read side ------------------------------------------------------------------------------

    /**
     * All stored history as the domain aggregate. References between tables travel as row indexes
     * (a join on the sorted ids) rather than id strings: decoding and looking up millions of id
     * strings was the largest cost of the load; it also lets every row share its parent's id object.
     */
    @Override
    public CreditorHistory loadHistory() {
        return database.inTransaction(connection -> {
            Values v = new Values();
            List<Customer> customers = new ArrayList<>();
            query(connection, "SELECT customer_id, created_on" + EPOCH + ", ended_on" + EPOCH + ", type, country,"
                    + " language, postal_code, birth_year, payment_method, email, phone, plan,"
                    + " CAST(monthly_fee * 100 AS BIGINT) FROM customers ORDER BY customer_id", rs -> {
                        int birthYear = rs.getInt(8);
                        Integer birth = rs.wasNull() ? null : birthYear;
                        customers.add(new Customer(new CustomerId(rs.getString(1)), v.date(rs, 2), v.date(rs, 3),
                                CustomerType.parse(rs.getString(4)), v.text(rs, 5), v.text(rs, 6), rs.getString(7),
                                birth, v.text(rs, 9), rs.getString(10), rs.getString(11), v.text(rs, 12),
                                v.money(rs, 13)));
                    });
            CustomerId[] customerIds = customers.stream().map(Customer::id).toArray(CustomerId[]::new);
            List<Invoice> invoices = new ArrayList<>();
            query(connection, "SELECT i.invoice_id, " + reference("c", "i.customer_id") + ", i.issued_on" + EPOCH
                    + ", i.due_on" + EPOCH + ", CAST(i.amount * 100 AS BIGINT), i.currency FROM invoices i"
                    + " LEFT JOIN " + CUSTOMER_INDEX + " c ON c.customer_id = i.customer_id ORDER BY i.invoice_id",
                    rs -> invoices.add(new Invoice(new InvoiceId(rs.getString(1)),
                            referenced(rs, 2, customerIds, CustomerId::new), v.date(rs, 4), v.date(rs, 5),
                            v.money(rs, 6), v.text(rs, 7))));
            InvoiceId[] invoiceIds = invoices.stream().map(Invoice::id).toArray(InvoiceId[]::new);
            List<Payment> payments = new ArrayList<>();
            query(connection, "SELECT p.payment_id, " + reference("r", "p.invoice_id") + ", p.paid_on" + EPOCH
                    + ", CAST(p.amount * 100 AS BIGINT) FROM payments p"
                    + " LEFT JOIN " + INVOICE_INDEX + " r ON r.invoice_id = p.invoice_id",
                    rs -> payments.add(new Payment(rs.getString(1), referenced(rs, 2, invoiceIds, InvoiceId::new),
                            v.date(rs, 4), v.money(rs, 5))));
            List<DunningEvent> events = new ArrayList<>();
            query(connection, "SELECT " + reference("r", "e.invoice_id") + ", e.occurred_on" + EPOCH
                    + ", e.action, e.channel, CAST(e.fee * 100 AS BIGINT), e.experiment, e.arm, e.propensity"
                    + " FROM dunning_events e LEFT JOIN " + INVOICE_INDEX + " r ON r.invoice_id = e.invoice_id"
                    + " ORDER BY e.occurred_on, e.invoice_id", rs -> {
                        double propensity = rs.getDouble(9);
                        Double p = rs.wasNull() ? null : propensity;
                        events.add(new DunningEvent(referenced(rs, 1, invoiceIds, InvoiceId::new), v.date(rs, 3),
                                DunningAction.of(rs.getString(4), rs.getString(5)), v.money(rs, 6), v.text(rs, 7),
                                v.text(rs, 8), p));
                    });
            List<Inquiry> inquiries = new ArrayList<>();
            query(connection, "SELECT " + reference("c", "q.customer_id") + ", q.occurred_on" + EPOCH + ", q.topic, "
                    + reference("r", "q.invoice_id") + " FROM inquiries q"
                    + " LEFT JOIN " + CUSTOMER_INDEX + " c ON c.customer_id = q.customer_id"
                    + " LEFT JOIN " + INVOICE_INDEX + " r ON r.invoice_id = q.invoice_id"
                    + " ORDER BY q.occurred_on, q.customer_id", rs -> inquiries.add(new Inquiry(
                            referenced(rs, 1, customerIds, CustomerId::new), v.date(rs, 3), v.text(rs, 4),
                            referenced(rs, 5, invoiceIds, InvoiceId::new))));
            return new CreditorHistory(customers, invoices, payments, events, inquiries);
        });
    }

    /** Row index (0-based, in id order) of each customer / invoice, as loaded above. */
    private static final String CUSTOMER_INDEX =
            "(SELECT customer_id, row_number() OVER (ORDER BY customer_id) - 1 AS idx FROM customers)";
    private static final String INVOICE_INDEX =
            "(SELECT invoice_id, row_number() OVER (ORDER BY invoice_id) - 1 AS idx FROM invoices)";

    /** Two columns: the referenced row's index, and the id itself only when no such row is stored. */
    private static String reference(String alias, String idColumn) {
        return alias + ".idx, CASE WHEN " + alias + ".idx IS NULL THEN " + idColumn + " END";
    }

    /** Reads the two columns of {@link #reference}: the loaded id object, or a new one for a dangling or null id. */
    private static <T> T referenced(ResultSet rs, int column, T[] loaded, java.util.function.Function<String, T> orNew)
            throws SQLException {
        long index = rs.getLong(column);
        if (!rs.wasNull()) {
            return loaded[(int) index];
        }
        String id = rs.getString(column + 1);
        return id == null ? null : orNew.apply(id);
    }


    /** The batch of an import, in batch.csv order. */
    public List<BatchItem> batch(long importId) {
        return database.inTransaction(connection -> {
            List<BatchItem> items = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT invoice_id, decide_on" + EPOCH
                    + " FROM batch_items WHERE import_id = ? ORDER BY position")) {
                statement.setLong(1, importId);
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        items.add(new BatchItem(new InvoiceId(rs.getString(1)), date(rs, 2)));
                    }
                }
            }
            return items;
        });
    }

    @Override
    public Optional<ImportReceipt> findImport(String fingerprint) {
        return receipt("SELECT " + RECEIPT_COLUMNS + " FROM imports WHERE fingerprint = ?", fingerprint);
    }

    /** The most recent import, whose batch is the one to decide. */
    public Optional<ImportReceipt> latestImport() {
        return receipt("SELECT " + RECEIPT_COLUMNS + " FROM imports ORDER BY import_id DESC LIMIT 1", null);
    }

    private Optional<ImportReceipt> receipt(String sql, String parameter) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    statement.setString(1, parameter);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    RowCounts read = new RowCounts(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                            rs.getLong(10), rs.getLong(11));
                    RowCounts added = new RowCounts(rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15),
                            rs.getLong(16), rs.getLong(17));
                    return Optional.of(new ImportReceipt(rs.getLong(1), rs.getString(2), rs.getString(3),
                            date(rs, 4), false, read, added, Duration.ofMillis(rs.getLong(5))));
                }
            }
        });
    }

    private interface RowReader {
        void row(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    reader.row(rs);
                }
            }
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        long days = rs.getLong(column);
        return rs.wasNull() ? null : LocalDate.ofEpochDay(days);
    }

    private static Money money(ResultSet rs, int column) throws SQLException {
        long cents = rs.getLong(column);
        return rs.wasNull() ? null : new Money(cents);
    }

    /**
     * Shares equal values among the millions of loaded rows: dates (a few thousand distinct days),
     * amounts and low-cardinality texts. Fewer live objects make the load several times lighter on
     * the garbage collector, which dominated it.
     */
    private static final class Values {
        private static final int FIRST_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();
        private static final int DAYS = (int) (LocalDate.of(2200, 1, 1).toEpochDay() - FIRST_DAY);
        private static final int MAX_SHARED = 1 << 16;

        private final LocalDate[] dates = new LocalDate[DAYS];
        private final Map<Long, Money> amounts = new HashMap<>();
        private final Map<String, String> texts = new HashMap<>();

        LocalDate date(ResultSet rs, int column) throws SQLException {
            long day = rs.getLong(column);
            if (rs.wasNull()) {
                return null;
            }
            long index = day - FIRST_DAY;
            if (index < 0 || index >= DAYS) {
                return LocalDate.ofEpochDay(day);
            }
            LocalDate date = dates[(int) index];
            if (date == null) {
                date = LocalDate.ofEpochDay(day);
                dates[(int) index] = date;
            }
            return date;
        }

        Money money(ResultSet rs, int column) throws SQLException {
            long cents = rs.getLong(column);
            if (rs.wasNull()) {
                return null;
            }
            Money money = amounts.get(cents);
            if (money == null) {
                money = new Money(cents);
                if (amounts.size() < MAX_SHARED) {
                    amounts.put(cents, money);
                }
            }
            return money;
        }

        /** For columns with few distinct values (currency, country, plan, topic, ...). */
        String text(ResultSet rs, int column) throws SQLException {
            String text = rs.getString(column);
            if (text == null) {
                return null;
            }
            String shared = texts.get(text);
            if (shared == null) {
                shared = text;
                if (texts.size() < MAX_SHARED) {
                    texts.put(text, text);
                }
            }
            return shared;
        }
    }

    // ---- write side -----------------------------------------------------------------------------

    /** Opens the import transaction; the caller must commit or roll back (close rolls back). */
    @Override
    public HistorySink begin() {
        Connection connection = database.connection();
        try {
            connection.setAutoCommit(false);
            long importId;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(import_id), 0) + 1 FROM imports")) {
                rs.next();
                importId = rs.getLong(1);
            }
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

    /** One import: rows through the dialect's bulk writer, then the imports row, then commit. */
    private static final class ImportTransaction implements HistorySink {
        private final Connection connection;
        private final long importId;
        private final HistoryWriter writer;
        private boolean open = true;

        ImportTransaction(Connection connection, long importId, HistoryWriter writer) {
            this.connection = connection;
            this.importId = importId;
            this.writer = writer;
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
        public void commit(ImportReceipt receipt) {
            write(() -> {
                writer.finish();
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO imports (import_id, folder,"
                        + " fingerprint, as_of, imported_at, elapsed_ms, customers_read, invoices_read, payments_read,"
                        + " dunning_events_read, inquiries_read, batch_items_read, customers_added, invoices_added,"
                        + " payments_added, dunning_events_added, inquiries_added, batch_items_added)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, importId);
                    insert.setString(2, receipt.folder());
                    insert.setString(3, receipt.fingerprint());
                    insert.setObject(4, receipt.asOf());
                    insert.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
                    insert.setLong(6, receipt.elapsed().toMillis());
                    int i = 7;
                    for (RowCounts counts : List.of(receipt.read(), receipt.added())) {
                        insert.setLong(i++, counts.customers());
                        insert.setLong(i++, counts.invoices());
                        insert.setLong(i++, counts.payments());
                        insert.setLong(i++, counts.dunningEvents());
                        insert.setLong(i++, counts.inquiries());
                        insert.setLong(i++, counts.batchItems());
                    }
                    insert.executeUpdate();
                }
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
}
