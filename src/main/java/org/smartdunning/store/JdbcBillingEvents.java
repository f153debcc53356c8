package org.smartdunning.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartdunning.access.KeySecret;
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
        return database.inTransaction(connection -> recordIn(connection, event, fingerprint, request, receivedAt));
    }

    @Override
    public List<Outcome> recordAll(List<BillingEvent> events, List<String> fingerprints, Request request,
                                   Instant receivedAt) {
        if (events.size() != fingerprints.size()) {
            throw new IllegalArgumentException(events.size() + " events but " + fingerprints.size() + " fingerprints");
        }
        return database.inTransaction(connection -> {
            List<Request> keys = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                keys.add(new Request(batchKey(request.idempotencyKey(), i), request.fingerprint()));
            }
            Optional<List<Outcome>> retried = retried(connection, keys);
            if (retried.isPresent()) {
                return retried.get();
            }
            List<Outcome> outcomes = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                try {
                    outcomes.add(recordIn(connection, events.get(i), fingerprints.get(i), keys.get(i), receivedAt));
                } catch (EventRejectedException e) {
                    throw e.prefixed("events[" + i + "].");
                }
            }
            return outcomes;
        });
    }

    /**
     * The key an event of a batch keeps: a hash of the request's key (which may already be 200
     * characters) and the event's place, so a single event's key never looks like one.
     */
    static String batchKey(String idempotencyKey, int index) {
        return "batch:" + KeySecret.sha256(idempotencyKey) + "#" + index;
    }

    /** The first attempt's outcomes when this batch request was recorded before; the keys' request differing is refused. */
    private static Optional<List<Outcome>> retried(Connection connection, List<Request> keys) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
        java.util.Set<String> recorded = new java.util.HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("select idem_key, request_fingerprint from billing_events"
                + " where idem_key in (" + marks + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 1, keys.get(i).idempotencyKey());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(2).equals(keys.get(0).fingerprint())) {
                        throw refused("header Idempotency-Key", "was used for another request; use a new key for a new request");
                    }
                    recorded.add(rs.getString(1));
                }
            }
        }
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        // what the first attempt recorded is a retry now; the rest it had found recorded before
        return Optional.of(keys.stream().map(k -> recorded.contains(k.idempotencyKey()) ? Outcome.RETRIED
                : Outcome.REPEATED).toList());
    }

    private Outcome recordIn(Connection connection, BillingEvent event, String fingerprint, Request request,
                             Instant receivedAt) throws SQLException {
        // one query for both: a retry of this request (its key), or this event sent before (its id)
        try (PreparedStatement ps = connection.prepareStatement("select idem_key, request_fingerprint, fingerprint"
                + " from billing_events where idem_key = ? or event_id = ?")) {
            ps.setString(1, request.idempotencyKey());
            ps.setString(2, event.eventId());
            try (ResultSet rs = ps.executeQuery()) {
                Outcome known = null;
                while (rs.next()) {
                    if (rs.getString(1).equals(request.idempotencyKey())) {
                        if (!rs.getString(2).equals(request.fingerprint())) {
                            throw refused("header Idempotency-Key", "was used for another request; use a new key"
                                    + " for a new request");
                        }
                        return Outcome.RETRIED;
                    }
                    if (!rs.getString(3).equals(fingerprint)) {
                        throw refused("event_id", "was received before with other content");
                    }
                    known = Outcome.REPEATED;
                }
                if (known != null) {
                    return known;
                }
            }
        }
        new BillingEventEffects(connection, database.dialect()).apply(event);
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

    @Override
    public java.util.Optional<Settled> settled(org.smartdunning.history.InvoiceId invoice) {
        return database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select i.customer_id, i.currency from invoices i"
                    + " where i.invoice_id = ? and i.amount <= (select coalesce(sum(p.amount), 0) from payments p"
                    + " where p.invoice_id = i.invoice_id)")) {
                ps.setString(1, invoice.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(new Settled(
                            new org.smartdunning.history.CustomerId(rs.getString(1)), rs.getString(2)))
                            : java.util.Optional.empty();
                }
            }
        });
    }
}
