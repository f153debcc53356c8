package org.smartdunning.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.channels.Outbox;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.channels.OutboxStatus;
import org.smartdunning.history.DunningAction;

/** The outbox table. A message key is inserted at most once ({@code on conflict do nothing}), whatever re-runs. */
public final class JdbcOutbox implements Outbox {
    private static final String COLUMNS = "message_key, invoice_id, customer_id, stage_id, run_day, action, fallbacks,"
            + " payload, status, attempts, next_attempt_at, created_at";

    private final Database database;
    private final Clock clock;

    public JdbcOutbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Inserts new entries in the caller's transaction; keys already present are left as they are. */
    static void enqueue(Connection connection, List<OutboxEntry> entries, Instant now) throws SQLException {
        new MultiRowInsert<OutboxEntry>("insert into outbox (" + COLUMNS + ")", 12, " on conflict (message_key) do nothing",
                (ps, i, e) -> {
                    ps.setString(i, e.key());
                    ps.setString(i + 1, e.notice().invoiceId().value());
                    ps.setString(i + 2, e.recipient().customerId().value());
                    ps.setString(i + 3, e.notice().stage());
                    ps.setDate(i + 4, Date.valueOf(e.runDay()));
                    ps.setString(i + 5, e.action().key());
                    ps.setString(i + 6, e.fallbacks().stream().map(DunningAction::key).collect(Collectors.joining(",")));
                    ps.setString(i + 7, OutboxPayloadJson.write(e.notice(), e.recipient()));
                    ps.setString(i + 8, e.status().key());
                    ps.setInt(i + 9, e.attempts());
                    ps.setTimestamp(i + 10, Timestamp.from(e.nextAttemptAt()));
                    ps.setTimestamp(i + 11, Timestamp.from(now));
                }).insert(connection, entries);
    }

    @Override
    public List<OutboxEntry> ready(Instant now, int limit) {
        return database.inTransaction(connection -> {
            List<OutboxEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("select message_key, run_day, action, fallbacks,"
                    + " payload, status, attempts, next_attempt_at from outbox"
                    + " where (status = 'pending' and next_attempt_at <= ?) or status = 'sending'"
                    + " order by created_at, message_key limit ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                }
            }
            return entries;
        });
    }

    @Override
    public void markSending(OutboxEntry entry) {
        database.inTransaction(connection -> {
            markSending(connection, entry);
            return null;
        });
    }

    private static void markSending(Connection connection, OutboxEntry entry) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("update outbox set status = 'sending' where message_key = ?")) {
            ps.setString(1, entry.key());
            ps.executeUpdate();
        }
    }

    @Override
    public void settle(OutboxEntry updated, String reference, String error, List<AuditEntry> audit, OutboxEntry fallback,
                       OutboxEntry markNext) {
        Instant now = clock.instant();
        database.inTransaction(connection -> {
            boolean finished = updated.status() != OutboxStatus.PENDING;
            try (PreparedStatement ps = connection.prepareStatement("update outbox set status = ?, attempts = ?,"
                    + " next_attempt_at = ?, finished_at = ?, reference = ?, last_error = ? where message_key = ?")) {
                ps.setString(1, updated.status().key());
                ps.setInt(2, updated.attempts());
                ps.setTimestamp(3, Timestamp.from(updated.nextAttemptAt()));
                ps.setTimestamp(4, finished ? Timestamp.from(now) : null);
                ps.setString(5, reference.isEmpty() ? null : reference);
                ps.setString(6, error.isEmpty() ? null : error.length() > 2000 ? error.substring(0, 2000) : error);
                ps.setString(7, updated.key());
                ps.executeUpdate();
            }
            JdbcAuditLog.append(connection, audit, now);
            if (fallback != null) {
                enqueue(connection, List.of(fallback), now);
            }
            if (markNext != null) {
                markSending(connection, markNext);
            }
            return null;
        });
    }

    /** Messages per status, for reports and tests. */
    public java.util.Map<OutboxStatus, Integer> statusCounts() {
        return database.inTransaction(connection -> {
            java.util.Map<OutboxStatus, Integer> counts = new java.util.EnumMap<>(OutboxStatus.class);
            try (PreparedStatement ps = connection.prepareStatement("select status, count(*) from outbox group by status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(OutboxStatus.of(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        OutboxPayloadJson.Payload payload = OutboxPayloadJson.read(rs.getString(5));
        String fallbacks = rs.getString(4);
        List<DunningAction> next = fallbacks.isEmpty() ? List.of()
                : Arrays.stream(fallbacks.split(",")).map(k -> DunningAction.valueOf(k.toUpperCase(java.util.Locale.ROOT))).toList();
        return new OutboxEntry(rs.getString(1), rs.getDate(2).toLocalDate(),
                DunningAction.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)), next, payload.notice(),
                payload.recipient(), OutboxStatus.of(rs.getString(6)), rs.getInt(7), rs.getTimestamp(8).toInstant());
    }
}
