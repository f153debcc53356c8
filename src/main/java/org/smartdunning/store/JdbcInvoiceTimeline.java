package org.smartdunning.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.application.timeline.InvoiceTimeline;
import org.smartdunning.application.timeline.ReadInvoiceTimeline;
import org.smartdunning.application.timeline.TimelineEntry;

/**
 * An invoice's timeline from the creditor's tables: the invoice, its payments, inquiries and holds,
 * the decisions, stages, messages and audit lines of the daily process, and the logged dunning
 * events. Message entries carry status and attempts, never the rendered text or recipient.
 */
public final class JdbcInvoiceTimeline implements ReadInvoiceTimeline.Source {
    private final Database database;

    public JdbcInvoiceTimeline(Database database) {
        this.database = database;
    }

    @Override
    public Optional<InvoiceTimeline> timeline(String invoiceId) {
        return database.inTransaction(c -> {
            String customer;
            List<TimelineEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select customer_id, issued_on, due_on, amount, currency from invoices where invoice_id = ?")) {
                ps.setString(1, invoiceId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    customer = rs.getString(1);
                    Map<String, String> facts = Map.of("amount", rs.getBigDecimal(4).toPlainString(),
                            "currency", rs.getString(5));
                    entries.add(new TimelineEntry(rs.getDate(2).toLocalDate(), "issued", facts));
                    entries.add(new TimelineEntry(rs.getDate(3).toLocalDate(), "due", facts));
                }
            }
            add(c, entries, "payment", "select paid_on, payment_id, amount from payments where invoice_id = ?", invoiceId);
            add(c, entries, "inquiry", "select occurred_on, topic from inquiries where invoice_id = ?", invoiceId);
            add(c, entries, "dunning_event", "select occurred_on, action, channel, fee, experiment, arm, propensity"
                    + " from dunning_events where invoice_id = ?", invoiceId);
            add(c, entries, "decision", "select decide_on, action, channel, propensity, expected_value, reason, run_id"
                    + " from decisions where invoice_id = ?", invoiceId);
            add(c, entries, "stage", "select run_day, stage_id, workflow, outcome, action from stage_runs"
                    + " where invoice_id = ?", invoiceId);
            add(c, entries, "message", "select run_day, stage_id, action, status, attempts, message_key from outbox"
                    + " where invoice_id = ?", invoiceId);
            add(c, entries, "audit", "select run_day, stage_id, event, action, rule, model_version, propensity,"
                    + " stop_reason from audit_log where invoice_id = ?", invoiceId);
            add(c, entries, "hold", "select placed_on, hold_id, scope, reason, until_on, lifted_on from holds"
                    + " where (scope = 'invoice' and target_id = ?) or (scope = 'customer' and target_id = ?)",
                    invoiceId, customer);
            return Optional.of(new InvoiceTimeline(invoiceId, customer, entries));
        });
    }

    /** One entry per row: the first column is the day, the others its facts by column name (nulls left out). */
    private static void add(Connection c, List<TimelineEntry> entries, String kind, String sql, String... keys)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                ps.setString(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    LocalDate on = rs.getDate(1).toLocalDate();
                    Map<String, String> facts = new LinkedHashMap<>();
                    for (int column = 2; column <= meta.getColumnCount(); column++) {
                        Object value = rs.getObject(column);
                        if (value != null) {
                            facts.put(meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT),
                                    value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
                        }
                    }
                    entries.add(new TimelineEntry(on, kind, facts));
                }
            }
        }
    }
}
