package org.smartdunning.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.smartdunning.application.port.BillingEventBook;
import org.smartdunning.ingest.events.BillingEvent;
import org.smartdunning.ingest.events.EventRejectedException;
import org.smartdunning.ingest.events.FieldProblem;

/** Billing events into the creditor's history tables, each event id once (table {@code billing_events}). */
public final class JdbcBillingEvents implements BillingEventBook {
    private final Database database;

    public JdbcBillingEvents(Database database) {
        this.database = database;
    }

    @Override
    public Outcome record(BillingEvent event, String fingerprint, Request request, Instant receivedAt) {
        return database.inTransaction(connection -> {
            String retried = text(connection, "select request_fingerprint from billing_events where idem_key = ?",
                    request.idempotencyKey());
            if (retried != null) {
                if (!retried.equals(request.fingerprint())) {
                    throw refused("header Idempotency-Key", "was used for another request; use a new key for a new"
                            + " request");
                }
                return Outcome.RETRIED;
            }
            String known = text(connection, "select fingerprint from billing_events where event_id = ?", event.eventId());
            if (known != null) {
                if (!known.equals(fingerprint)) {
                    throw refused("event_id", "was received before with other content");
                }
                return Outcome.REPEATED;
            }
            new BillingEventEffects(connection).apply(event);
            try (PreparedStatement ps = connection.prepareStatement("insert into billing_events (event_id, type,"
                    + " fingerprint, idem_key, request_fingerprint, occurred_on, received_at) values (?,?,?,?,?,?,?)")) {
                ps.setString(1, event.eventId());
                ps.setString(2, event.type().wireName());
                ps.setString(3, fingerprint);
                ps.setString(4, request.idempotencyKey());
                ps.setString(5, request.fingerprint());
                ps.setDate(6, Date.valueOf(event.occurredOn()));
                ps.setTimestamp(7, Timestamp.from(receivedAt));
                ps.executeUpdate();
            }
            return Outcome.RECORDED;
        });
    }

    static EventRejectedException refused(String field, String reason) {
        return new EventRejectedException(List.of(new FieldProblem(field, reason)));
    }

    static String text(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static boolean exists(Connection connection, String table, String column, String key) throws SQLException {
        return text(connection, "select " + column + " from " + table + " where " + column + " = ?", key) != null;
    }
}
