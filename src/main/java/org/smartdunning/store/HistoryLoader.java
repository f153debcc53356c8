package org.smartdunning.store;

import static org.smartdunning.store.HistorySql.EPOCH;
import static org.smartdunning.store.HistorySql.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.HistoryBuilder;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Payment;

/**
 * Loads stored history ({@link HistoryTables}: all of it, or one batch's customers) as the domain
 * aggregate. References between tables travel as row indexes (a join on the sorted ids) rather than
 * id strings: decoding and looking up millions of id strings was the largest cost of the load; it also
 * lets every row share its parent's id object. Every query is ordered on all its columns: the features
 * sum over these lists, and a parallel scan's order would change the sums in their last bits, and with
 * them which invoices a seeded draw picks.
 */
final class HistoryLoader {
    private final Connection connection;
    private final HistoryTables t;
    /** Row index (0-based, in id order) of each customer / invoice, as loaded below. */
    private final String customerIndex;
    private final String invoiceIndex;
    private final SharedValues v = new SharedValues();

    HistoryLoader(Connection connection, HistoryTables tables) {
        this.connection = connection;
        this.t = tables;
        this.customerIndex = "(SELECT customer_id, row_number() OVER (ORDER BY customer_id) - 1 AS idx FROM "
                + tables.customers() + " c)";
        this.invoiceIndex = "(SELECT invoice_id, row_number() OVER (ORDER BY invoice_id) - 1 AS idx FROM "
                + tables.invoices() + " i)";
    }

    CreditorHistory load() throws SQLException {
        execute(t.setUp());
        CreditorHistory history = loadTables();
        execute(t.tearDown());
        return history;
    }

    private void execute(List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private CreditorHistory loadTables() throws SQLException {
        List<Customer> customers = new ArrayList<>();
        query(connection, "SELECT customer_id, created_on" + EPOCH + ", ended_on" + EPOCH + ", type, country,"
                + " language, postal_code, birth_year, payment_method, email, phone, plan,"
                + " CAST(monthly_fee * 100 AS BIGINT) FROM " + t.customers() + " customers ORDER BY customer_id", rs -> {
                    int birthYear = rs.getInt(8);
                    Integer birth = rs.wasNull() ? null : birthYear;
                    customers.add(new Customer(new CustomerId(rs.getString(1)), v.date(rs, 2), v.date(rs, 3),
                            CustomerType.parse(rs.getString(4)), v.text(rs, 5), v.text(rs, 6), rs.getString(7),
                            birth, v.text(rs, 9), rs.getString(10), rs.getString(11), v.text(rs, 12),
                            v.money(rs, 13)));
                });
        CustomerId[] customerIds = customers.stream().map(Customer::id).toArray(CustomerId[]::new);
        // invoices and payments come in id order: packed as they come, never held as objects. The k-th invoice packed
        // is the one invoiceIndex numbers k, so a payment, event or inquiry finds its invoice by that number: no id
        // object kept per invoice for them, no id looked up again
        HistoryBuilder packed = HistoryBuilder.inArrivalOrder();
        query(connection, "SELECT i.invoice_id, " + reference("c", "i.customer_id") + ", i.issued_on" + EPOCH
                + ", i.due_on" + EPOCH + ", CAST(i.amount * 100 AS BIGINT), i.currency FROM " + t.invoices()
                + " i LEFT JOIN " + customerIndex + " c ON c.customer_id = i.customer_id ORDER BY i.invoice_id",
                rs -> packed.invoice(new Invoice(new InvoiceId(rs.getString(1)),
                        referenced(rs, 2, customerIds, CustomerId::new), v.date(rs, 4), v.date(rs, 5),
                        v.money(rs, 6), v.text(rs, 7))));
        query(connection, "SELECT p.payment_id, " + reference("r", "p.invoice_id") + ", p.paid_on" + EPOCH
                + ", CAST(p.amount * 100 AS BIGINT) FROM " + t.payments()
                + " p LEFT JOIN " + invoiceIndex + " r ON r.invoice_id = p.invoice_id ORDER BY p.payment_id",
                rs -> {
                    long invoice = rs.getLong(2);
                    if (rs.wasNull()) { // an invoice that is not stored: its id, looked up or added
                        packed.payment(new Payment(rs.getString(1), new InvoiceId(rs.getString(3)), v.date(rs, 4),
                                v.money(rs, 5)));
                    } else {
                        packed.payment((int) invoice, rs.getString(1), v.date(rs, 4), v.money(rs, 5));
                    }
                });
        IntFunction<InvoiceId> invoiceIds = packed::invoiceId;
        List<DunningEvent> events = new ArrayList<>();
        query(connection, "SELECT " + reference("r", "e.invoice_id") + ", e.occurred_on" + EPOCH
                + ", e.action, e.channel, CAST(e.fee * 100 AS BIGINT), e.experiment, e.arm, e.propensity"
                + " FROM " + t.events() + " e LEFT JOIN " + invoiceIndex + " r ON r.invoice_id = e.invoice_id"
                + " ORDER BY e.occurred_on, e.invoice_id, e.action, e.channel, e.experiment, e.arm, e.propensity",
                rs -> {
                    double propensity = rs.getDouble(9);
                    Double p = rs.wasNull() ? null : propensity;
                    events.add(new DunningEvent(referenced(rs, 1, invoiceIds, InvoiceId::new), v.date(rs, 3),
                            DunningAction.of(rs.getString(4), rs.getString(5)), v.money(rs, 6), v.text(rs, 7),
                            v.text(rs, 8), p));
                });
        List<Inquiry> inquiries = new ArrayList<>();
        query(connection, "SELECT " + reference("c", "q.customer_id") + ", q.occurred_on" + EPOCH + ", q.topic, "
                + reference("r", "q.invoice_id") + " FROM " + t.inquiries()
                + " q LEFT JOIN " + customerIndex + " c ON c.customer_id = q.customer_id"
                + " LEFT JOIN " + invoiceIndex + " r ON r.invoice_id = q.invoice_id"
                + " ORDER BY q.occurred_on, q.customer_id, q.topic, q.invoice_id", rs -> inquiries.add(new Inquiry(
                        referenced(rs, 1, customerIds, CustomerId::new), v.date(rs, 3), v.text(rs, 4),
                        referenced(rs, 5, invoiceIds, InvoiceId::new))));
        return packed.build(customers, events, inquiries);
    }

    /** Two columns: the referenced row's index, and the id itself only when no such row is stored. */
    private static String reference(String alias, String idColumn) {
        return alias + ".idx, CASE WHEN " + alias + ".idx IS NULL THEN " + idColumn + " END";
    }

    /** Reads the two columns of {@link #reference}: the loaded id object, or a new one for a dangling or null id. */
    private static <T> T referenced(ResultSet rs, int column, T[] loaded, Function<String, T> orNew)
            throws SQLException {
        return referenced(rs, column, i -> loaded[i], orNew);
    }

    /** The same with the loaded id objects made on demand. */
    private static <T> T referenced(ResultSet rs, int column, IntFunction<T> loaded, Function<String, T> orNew)
            throws SQLException {
        long index = rs.getLong(column);
        if (!rs.wasNull()) {
            return loaded.apply((int) index);
        }
        String id = rs.getString(column + 1);
        return id == null ? null : orNew.apply(id);
    }
}
