package org.smartdunning.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.application.privacy.PersonalData;

/** A customer's personal data in the creditor's tables: exported, or erased in one transaction. */
public final class JdbcPersonalData implements PersonalData {
    private final Database database;

    public JdbcPersonalData(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Export> export(String customerId) {
        return database.inTransaction(c -> {
            Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
            tables.put("customers", rows(c, "select * from customers where customer_id = ?", customerId));
            if (tables.get("customers").isEmpty()) {
                return Optional.empty();
            }
            tables.put("invoices", rows(c, "select * from invoices where customer_id = ?", customerId));
            tables.put("payments", rows(c, "select p.* from payments p join invoices i on i.invoice_id = p.invoice_id"
                    + " where i.customer_id = ?", customerId));
            tables.put("inquiries", rows(c, "select * from inquiries where customer_id = ?", customerId));
            tables.put("dunning_events", rows(c, "select e.* from dunning_events e join invoices i"
                    + " on i.invoice_id = e.invoice_id where i.customer_id = ?", customerId));
            tables.put("holds", rows(c, "select * from holds where (scope = 'customer' and target_id = ?) or (scope ="
                    + " 'invoice' and target_id in (select invoice_id from invoices where customer_id = ?))",
                    customerId, customerId));
            tables.put("messages", rows(c, "select message_key, invoice_id, stage_id, run_day, action, status, attempts,"
                    + " created_at, finished_at, payload from outbox where customer_id = ?", customerId));
            return Optional.of(new Export(customerId, tables));
        });
    }

    @Override
    public Optional<Erasure> erase(String customerId, String pseudonym) {
        return database.inTransaction(c -> {
            Map<String, Integer> changed = new LinkedHashMap<>();
            changed.put("customers", update(c, "update customers set customer_id = ?, email = null, phone = null,"
                    + " postal_code = null, birth_year = null where customer_id = ?", pseudonym, customerId));
            if (changed.get("customers") == 0) {
                return Optional.empty();
            }
            changed.put("invoices", update(c, "update invoices set customer_id = ? where customer_id = ?", pseudonym,
                    customerId));
            changed.put("inquiries", update(c, "update inquiries set customer_id = ? where customer_id = ?", pseudonym,
                    customerId));
            changed.put("holds", update(c, "update holds set target_id = ? where scope = 'customer' and target_id = ?",
                    pseudonym, customerId));
            changed.put("messages", update(c, "update outbox set customer_id = ?, payload = '{\"erased\":true}',"
                    + " status = case when status in ('pending', 'sending') then 'cancelled' else status end"
                    + " where customer_id = ?", pseudonym, customerId));
            changed.put("audit_log", update(c, "update audit_log set customer_id = ? where customer_id = ?", pseudonym,
                    customerId));
            return Optional.of(new Erasure(pseudonym, changed));
        });
    }

    private static List<Map<String, String>> rows(Connection c, String sql, String... keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                ps.setString(i + 1, keys[i]);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        Object value = rs.getObject(column);
                        row.put(meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT), value == null ? null
                                : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static int update(Connection c, String sql, String pseudonym, String customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, pseudonym);
            ps.setString(2, customerId);
            return ps.executeUpdate();
        }
    }
}
