package org.smartdunning.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.smartdunning.application.port.IdempotencyBook;

/** Answers by Idempotency-Key: a creditor's in its own schema, the administrator's in the base schema. */
public final class JdbcIdempotency implements IdempotencyBook {
    /** Work on a connection: the creditor's borrowed store, or the base schema. */
    @FunctionalInterface
    public interface Connections {
        <T> T with(Database.SqlWork<T> work);
    }

    private final Connections connections;
    private final String table;

    private JdbcIdempotency(Connections connections, String table) {
        this.connections = connections;
        this.table = table;
    }

    /** The creditor's answers, on its pinned store. */
    public static JdbcIdempotency of(Database database) {
        return new JdbcIdempotency(new Connections() {
            @Override
            public <T> T with(Database.SqlWork<T> work) {
                return database.inTransaction(work);
            }
        }, "idempotency_keys");
    }

    /** The administrator's answers, in the base schema. */
    public static JdbcIdempotency admin(ServiceDatabases databases) {
        return new JdbcIdempotency(new Connections() {
            @Override
            public <T> T with(Database.SqlWork<T> work) {
                return databases.withConnection(work);
            }
        }, Database.quoted(databases.baseSchema()) + ".admin_idempotency_keys");
    }

    @Override
    public Optional<Answer> claim(String key, String fingerprint, Instant at) {
        return connections.with(c -> {
            Optional<Answer> known = find(c, key);
            if (known.isPresent()) {
                return known;
            }
            try (PreparedStatement ps = c.prepareStatement("insert into " + table
                    + " (idem_key, fingerprint, status, body, created_at) values (?,?,0,'',?) on conflict do nothing")) {
                ps.setString(1, key);
                ps.setString(2, fingerprint);
                ps.setTimestamp(3, Timestamp.from(at));
                // nothing inserted: the same key was claimed a moment ago by a concurrent request, still in progress
                return ps.executeUpdate() == 1 ? Optional.empty() : Optional.of(new Answer(fingerprint, 0, ""));
            }
        });
    }

    @Override
    public void answer(String key, int status, String body) {
        connections.with(c -> update(c, "update " + table + " set status = ?, body = ? where idem_key = ?", status,
                body, key));
    }

    @Override
    public void release(String key) {
        connections.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where idem_key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }

    private Optional<Answer> find(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select fingerprint, status, body from " + table
                + " where idem_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Answer(rs.getString(1), rs.getInt(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private static int update(Connection c, String sql, int status, String body, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, status);
            ps.setString(2, body);
            ps.setString(3, key);
            return ps.executeUpdate();
        }
    }
}
