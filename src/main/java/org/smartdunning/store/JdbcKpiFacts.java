package org.smartdunning.store;

import static org.smartdunning.store.HistorySql.EPOCH;
import static org.smartdunning.store.HistorySql.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.application.port.KpiFactsReader;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Payment;
import org.smartdunning.kpi.DecisionFact;
import org.smartdunning.kpi.KpiFacts;
import org.smartdunning.kpi.StageFact;

/**
 * Reads the KPIs' facts with plain SQL on both dialects: only the columns they need (no contact
 * details), nothing dated after the period, equal ids shared between rows. Streams in pages.
 */
public final class JdbcKpiFacts implements KpiFactsReader {
    private final Database database;

    public JdbcKpiFacts(Database database) {
        this.database = database;
    }

    @Override
    public Optional<LocalDate> knownThrough() {
        return Optional.ofNullable(database.inTransaction(JdbcKpiFacts::latestDay));
    }

    private static LocalDate latestDay(Connection connection) throws SQLException {
        LocalDate[] latest = new LocalDate[1];
        query(connection, "SELECT max(d)" + EPOCH + " FROM (SELECT max(issued_on) AS d FROM invoices"
                + " UNION ALL SELECT max(paid_on) FROM payments UNION ALL SELECT max(occurred_on) FROM dunning_events"
                + " UNION ALL SELECT max(occurred_on) FROM inquiries UNION ALL SELECT max(run_day) FROM stage_runs) x",
                rs -> latest[0] = HistorySql.date(rs, 1));
        return latest[0];
    }

    @Override
    public String version() {
        // every day run commits audit lines, every import a receipt, every API event a row, every decide run a run
        return database.inTransaction(connection -> {
            StringBuilder version = new StringBuilder();
            query(connection, "SELECT (SELECT max(import_id) FROM imports), (SELECT max(entry_id) FROM audit_log),"
                    + " (SELECT count(*) FROM billing_events), (SELECT max(received_at) FROM billing_events),"
                    + " (SELECT count(*) FROM decision_runs), (SELECT max(decided_at) FROM decision_runs)", rs -> {
                        for (int c = 1; c <= 6; c++) {
                            version.append(rs.getString(c)).append('|');
                        }
                    });
            return version.toString();
        });
    }

    @Override
    public KpiFacts read(LocalDate to, LocalDate paymentsThrough) {
        return database.inTransaction(connection -> {
            SharedValues v = new SharedValues();
            String until = "DATE '" + to + "'";
            Map<String, CustomerId> customerIds = new HashMap<>();
            List<Customer> customers = new ArrayList<>();
            query(connection, "SELECT customer_id, created_on" + EPOCH + ", ended_on" + EPOCH + ", type, country,"
                    + " CAST(monthly_fee * 100 AS BIGINT) FROM customers", rs -> {
                        CustomerId id = new CustomerId(rs.getString(1));
                        customerIds.put(id.value(), id);
                        customers.add(new Customer(id, v.date(rs, 2), v.date(rs, 3), CustomerType.parse(v.text(rs, 4)),
                                v.text(rs, 5), null, null, null, null, null, null, null, v.money(rs, 6)));
                    });
            Map<String, InvoiceId> invoiceIds = new HashMap<>();
            List<Invoice> invoices = new ArrayList<>();
            query(connection, "SELECT invoice_id, customer_id, issued_on" + EPOCH + ", due_on" + EPOCH
                    + ", CAST(amount * 100 AS BIGINT), currency FROM invoices WHERE issued_on <= " + until, rs -> {
                        InvoiceId id = new InvoiceId(rs.getString(1));
                        invoiceIds.put(id.value(), id);
                        String customer = rs.getString(2);
                        invoices.add(new Invoice(id, customerIds.getOrDefault(customer, new CustomerId(customer)),
                                v.date(rs, 3), v.date(rs, 4), v.money(rs, 5), v.text(rs, 6)));
                    });
            List<Payment> payments = new ArrayList<>();
            query(connection, "SELECT p.payment_id, p.invoice_id, p.paid_on" + EPOCH + ", CAST(p.amount * 100 AS BIGINT)"
                    + " FROM payments p JOIN invoices i ON i.invoice_id = p.invoice_id WHERE i.issued_on <= " + until
                    + " AND p.paid_on <= DATE '" + paymentsThrough + "'",
                    rs -> payments.add(new Payment(rs.getString(1), shared(invoiceIds, rs.getString(2)), v.date(rs, 3),
                            v.money(rs, 4))));
            List<DunningEvent> events = new ArrayList<>();
            query(connection, "SELECT invoice_id, occurred_on" + EPOCH + ", action, channel, CAST(fee * 100 AS BIGINT),"
                    + " experiment, arm, propensity FROM dunning_events WHERE occurred_on <= " + until
                    + " ORDER BY occurred_on, invoice_id", rs -> events.add(new DunningEvent(
                            shared(invoiceIds, rs.getString(1)), v.date(rs, 2),
                            DunningAction.of(v.text(rs, 3), v.text(rs, 4)), v.money(rs, 5), v.text(rs, 6),
                            v.text(rs, 7), propensity(rs.getDouble(8), rs.wasNull()))));
            List<Inquiry> inquiries = new ArrayList<>();
            query(connection, "SELECT customer_id, occurred_on" + EPOCH + ", topic, invoice_id FROM inquiries"
                    + " WHERE occurred_on <= " + until + " ORDER BY occurred_on, customer_id", rs -> {
                        String customer = rs.getString(1);
                        String invoice = rs.getString(4);
                        inquiries.add(new Inquiry(customerIds.getOrDefault(customer, new CustomerId(customer)),
                                v.date(rs, 2), v.text(rs, 3), invoice == null ? null : shared(invoiceIds, invoice)));
                    });
            List<DecisionFact> decisions = new ArrayList<>();
            query(connection, "SELECT d.invoice_id, d.decide_on" + EPOCH + ", r.policy, r.policy_version FROM decisions d"
                    + " JOIN decision_runs r ON r.run_id = d.run_id WHERE d.decide_on <= " + until
                    + " ORDER BY d.decide_on, r.decided_at", rs -> decisions.add(new DecisionFact(
                            shared(invoiceIds, rs.getString(1)), v.date(rs, 2), v.text(rs, 3), v.text(rs, 4))));
            List<StageFact> stages = new ArrayList<>();
            query(connection, "SELECT invoice_id, run_day" + EPOCH + ", stage_id, action FROM stage_runs"
                    + " WHERE outcome = 'acted' AND run_day <= " + until + " ORDER BY run_day, invoice_id, stage_id",
                    rs -> stages.add(new StageFact(shared(invoiceIds, rs.getString(1)), v.date(rs, 2), v.text(rs, 3),
                            rs.getString(4) == null ? null : DunningAction.ofKey(rs.getString(4)))));
            LocalDate latest = latestDay(connection);
            return new KpiFacts(new CreditorHistory(customers, invoices, payments, events, inquiries), decisions, stages,
                    latest != null ? latest : to);
        });
    }

    /** The experiments' analysis weighs by it; null when the row has none. */
    private static Double propensity(double value, boolean missing) {
        return missing ? null : value;
    }

    private static InvoiceId shared(Map<String, InvoiceId> ids, String id) {
        InvoiceId known = ids.get(id);
        return known != null ? known : new InvoiceId(id);
    }
}
