package org.smartdunning.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.application.port.AuditCounts;
import org.smartdunning.audit.AuditEntry;

/** The audit_log table: appended inside the caller's transaction, counted for reports and checks. */
public final class JdbcAuditLog implements AuditCounts {
    private static final String INSERT = "insert into audit_log (run_day, recorded_at, invoice_id, customer_id, stage_id,"
            + " event, action, rule, model_version, propensity, message_key, detail, stop_reason)";

    private final Database database;

    public JdbcAuditLog(Database database) {
        this.database = database;
    }

    /** Appends the entries in the open transaction of {@code connection}. */
    static void append(Connection connection, List<AuditEntry> entries, Instant recordedAt) throws SQLException {
        new MultiRowInsert<AuditEntry>(INSERT, 13, "", (ps, i, e) -> {
            ps.setDate(i, Date.valueOf(e.runDay()));
            ps.setTimestamp(i + 1, Timestamp.from(recordedAt));
            ps.setString(i + 2, e.invoiceId().value());
            ps.setString(i + 3, e.customerId().value());
            ps.setString(i + 4, e.stageId());
            ps.setString(i + 5, e.event().key());
            ps.setString(i + 6, e.action() == null ? null : e.action().key());
            ps.setString(i + 7, clip(e.rule(), 500));
            ps.setString(i + 8, e.modelVersion());
            if (Double.isNaN(e.propensity())) {
                ps.setNull(i + 9, Types.DOUBLE);
            } else {
                ps.setDouble(i + 9, e.propensity());
            }
            ps.setString(i + 10, e.messageKey());
            ps.setString(i + 11, clip(e.detail(), 2000));
            ps.setString(i + 12, e.stopReason() == null ? null : e.stopReason().key());
        }).insert(connection, entries);
    }

    /**
     * Count of audit lines per "event action" (e.g. "sent email") over the run days from..to; a skipped line, which
     * has no action, counts under its stop reason (e.g. "skipped experiment_offset").
     */
    public Map<String, Integer> counts(LocalDate from, LocalDate to) {
        return database.inTransaction(connection -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("select event, coalesce(action, stop_reason, ''),"
                    + " count(*) from audit_log where run_day between ? and ? group by event, action, stop_reason"
                    + " order by event, action, stop_reason")) {
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put((rs.getString(1) + " " + rs.getString(2)).trim(), rs.getInt(3));
                    }
                }
            }
            return counts;
        });
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
