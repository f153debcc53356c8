package org.smartdunning.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartdunning.application.port.WebhookBook;
import org.smartdunning.webhooks.EndpointId;
import org.smartdunning.webhooks.WebhookDelivery;
import org.smartdunning.webhooks.WebhookEndpoint;
import org.smartdunning.webhooks.WebhookEvent;
import org.smartdunning.webhooks.WebhookEventType;

/**
 * The webhook tables of a creditor's schema. A claim leases a delivery by a conditional update
 * (status and due time unchanged since read), which works alike on DuckDB and PostgreSQL and lets
 * only one of two claimers win.
 */
public final class JdbcWebhooks implements WebhookBook {
    private static final String ENDPOINT_COLUMNS = "endpoint_id, url, events, secret, created_at, disabled_at";

    private final Database database;

    public JdbcWebhooks(Database database) {
        this.database = database;
    }

    @Override
    public void register(WebhookEndpoint endpoint) {
        database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("insert into webhook_endpoints (" + ENDPOINT_COLUMNS
                    + ") values (?,?,?,?,?,?)")) {
                ps.setString(1, endpoint.id().value());
                ps.setString(2, endpoint.url().toString());
                ps.setString(3, endpoint.events().stream().map(WebhookEventType::wireName).collect(Collectors.joining(",")));
                ps.setString(4, endpoint.secret());
                ps.setTimestamp(5, Timestamp.from(endpoint.createdAt()));
                ps.setTimestamp(6, endpoint.disabledAt().map(Timestamp::from).orElse(null));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<WebhookEndpoint> endpoints() {
        return database.inTransaction(connection -> endpoints(connection, "", null));
    }

    @Override
    public Optional<WebhookEndpoint> endpoint(EndpointId id) {
        return database.inTransaction(connection -> endpoints(connection, " where endpoint_id = ?", id.value()))
                .stream().findFirst();
    }

    @Override
    public boolean disable(EndpointId id, Instant at) {
        return database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "update webhook_endpoints set disabled_at = ? where endpoint_id = ? and disabled_at is null")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, id.value());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("update webhook_deliveries set status = 'cancelled',"
                    + " finished_at = ? where endpoint_id = ? and status in ('pending', 'sending')")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, id.value());
                ps.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public int enqueue(List<WebhookEvent> events, Instant now) {
        if (events.isEmpty()) {
            return 0;
        }
        return database.inTransaction(connection -> {
            List<WebhookEndpoint> active = endpoints(connection, " where disabled_at is null", null);
            // keyed, so an event given twice in one call is one row (one statement must not insert a key twice)
            Map<String, Row> rows = new LinkedHashMap<>();
            for (WebhookEvent event : events) {
                String body = null;
                for (WebhookEndpoint endpoint : active) {
                    if (endpoint.wants(event.type())) {
                        body = body == null ? event.toJson() : body;
                        rows.putIfAbsent(endpoint.id().value() + " " + event.id(), new Row(endpoint.id(), event, body));
                    }
                }
            }
            return insert(connection, List.copyOf(rows.values()), now);
        });
    }

    private static int insert(Connection connection, List<Row> rows, Instant now) throws SQLException {
        new MultiRowInsert<Row>("insert into webhook_deliveries (endpoint_id, event_id, event_type, payload, status,"
                + " attempts, next_attempt_at, created_at)", 8, " on conflict (endpoint_id, event_id) do nothing",
                (ps, i, row) -> {
                    ps.setString(i, row.endpoint().value());
                    ps.setString(i + 1, row.event().id());
                    ps.setString(i + 2, row.event().type().wireName());
                    ps.setString(i + 3, row.body());
                    ps.setString(i + 4, "pending");
                    ps.setInt(i + 5, 0);
                    ps.setTimestamp(i + 6, Timestamp.from(now));
                    ps.setTimestamp(i + 7, Timestamp.from(now));
                }).insert(connection, rows);
        return rows.size();
    }

    @Override
    public List<WebhookDelivery> claimDue(Instant now, int limit, Duration lease) {
        return database.inTransaction(connection -> {
            List<Candidate> due = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("select d.endpoint_id, e.url, e.secret, d.event_id,"
                    + " d.event_type, d.payload, d.attempts, d.status, d.next_attempt_at"
                    + " from webhook_deliveries d join webhook_endpoints e on e.endpoint_id = d.endpoint_id"
                    + " where d.status in ('pending', 'sending') and d.next_attempt_at <= ? and e.disabled_at is null"
                    + " order by d.next_attempt_at, d.created_at, d.event_id limit ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        due.add(new Candidate(new WebhookDelivery(new EndpointId(rs.getString(1)), URI.create(rs.getString(2)),
                                rs.getString(3), rs.getString(4), WebhookEventType.ofWire(rs.getString(5)), rs.getString(6),
                                rs.getInt(7)), rs.getString(8), rs.getTimestamp(9)));
                    }
                }
            }
            List<WebhookDelivery> claimed = new ArrayList<>(due.size());
            try (PreparedStatement ps = connection.prepareStatement("update webhook_deliveries set status = 'sending',"
                    + " next_attempt_at = ? where endpoint_id = ? and event_id = ? and status = ? and next_attempt_at = ?")) {
                for (Candidate candidate : due) {
                    ps.setTimestamp(1, Timestamp.from(now.plus(lease)));
                    ps.setString(2, candidate.delivery().endpointId().value());
                    ps.setString(3, candidate.delivery().eventId());
                    ps.setString(4, candidate.status());
                    ps.setTimestamp(5, candidate.due());
                    if (ps.executeUpdate() == 1) {
                        claimed.add(candidate.delivery());
                    }
                }
            }
            return claimed;
        });
    }

    @Override
    public void delivered(WebhookDelivery delivery, int attempts, int statusCode, Instant at) {
        settle(delivery, "delivered", attempts, statusCode, "HTTP " + statusCode, at, at);
    }

    @Override
    public void failed(WebhookDelivery delivery, int attempts, int statusCode, String reason, Optional<Instant> nextAttempt,
                       Instant at) {
        settle(delivery, nextAttempt.isPresent() ? "pending" : "failed", attempts, statusCode, reason,
                nextAttempt.orElse(at), nextAttempt.isPresent() ? null : at);
    }

    /** Only a delivery still leased is settled: one dropped meanwhile (endpoint disabled) stays cancelled. */
    private void settle(WebhookDelivery delivery, String status, int attempts, int statusCode, String reason, Instant next,
                        Instant finished) {
        database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("update webhook_deliveries set status = ?,"
                    + " attempts = ?, next_attempt_at = ?, last_attempt_at = ?, last_status_code = ?, last_reason = ?,"
                    + " finished_at = ? where endpoint_id = ? and event_id = ? and status = 'sending'")) {
                ps.setString(1, status);
                ps.setInt(2, attempts);
                ps.setTimestamp(3, Timestamp.from(next));
                ps.setTimestamp(4, Timestamp.from(finished == null ? next : finished));
                ps.setInt(5, statusCode);
                ps.setString(6, reason.length() > 200 ? reason.substring(0, 200) : reason);
                ps.setTimestamp(7, finished == null ? null : Timestamp.from(finished));
                ps.setString(8, delivery.endpointId().value());
                ps.setString(9, delivery.eventId());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<DeliveryRecord> deliveries(EndpointId endpoint, int limit) {
        return database.inTransaction(connection -> {
            List<DeliveryRecord> records = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("select endpoint_id, event_id, event_type, status,"
                    + " attempts, created_at, next_attempt_at, last_attempt_at, last_status_code, last_reason"
                    + " from webhook_deliveries where endpoint_id = ? order by created_at desc, event_id limit ?")) {
                ps.setString(1, endpoint.value());
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp last = rs.getTimestamp(8);
                        records.add(new DeliveryRecord(new EndpointId(rs.getString(1)), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant(),
                                rs.getTimestamp(7).toInstant(), Optional.ofNullable(last).map(Timestamp::toInstant),
                                rs.getInt(9), rs.getString(10) == null ? "" : rs.getString(10)));
                    }
                }
            }
            return records;
        });
    }

    private static List<WebhookEndpoint> endpoints(Connection connection, String where, String parameter)
            throws SQLException {
        List<WebhookEndpoint> endpoints = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select " + ENDPOINT_COLUMNS + " from webhook_endpoints"
                + where + " order by created_at, endpoint_id")) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
                    Arrays.stream(rs.getString(3).split(",")).map(WebhookEventType::ofWire).forEach(events::add);
                    Timestamp disabled = rs.getTimestamp(6);
                    endpoints.add(new WebhookEndpoint(new EndpointId(rs.getString(1)), URI.create(rs.getString(2)), events,
                            rs.getString(4), rs.getTimestamp(5).toInstant(),
                            Optional.ofNullable(disabled).map(Timestamp::toInstant)));
                }
            }
        }
        return endpoints;
    }

    private record Row(EndpointId endpoint, WebhookEvent event, String body) {
    }

    private record Candidate(WebhookDelivery delivery, String status, Timestamp due) {
    }
}
