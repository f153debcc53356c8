package org.smartdunning.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartdunning.access.ApiKey;
import org.smartdunning.application.port.ApiKeyBook;
import org.smartdunning.history.CreditorId;

/** The API keys in the store's base schema (table {@code api_keys}), beside the registry of creditors. */
public final class JdbcApiKeys implements ApiKeyBook {
    private static final String COLUMNS = "key_id, creditor_id, label, created_at, revoked_at, secret_hash";
    private final ServiceDatabases databases;
    private final String table;

    public JdbcApiKeys(ServiceDatabases databases) {
        this.databases = databases;
        this.table = Database.quoted(databases.baseSchema()) + ".api_keys";
    }

    @Override
    public void add(ApiKey key, String secretHash) {
        databases.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into " + table + " (" + COLUMNS
                    + ") values (?,?,?,?,null,?)")) {
                ps.setString(1, key.keyId());
                ps.setString(2, key.creditor().value());
                ps.setString(3, key.label());
                ps.setTimestamp(4, Timestamp.from(key.createdAt()));
                ps.setString(5, secretHash);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Stored> find(String keyId) {
        return databases.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from " + table + " where key_id = ?")) {
                ps.setString(1, keyId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Stored(key(rs), rs.getString(6))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<ApiKey> of(CreditorId creditor) {
        return databases.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from " + table
                    + " where creditor_id = ? order by created_at, key_id")) {
                ps.setString(1, creditor.value());
                List<ApiKey> keys = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.add(key(rs));
                    }
                }
                return keys;
            }
        });
    }

    @Override
    public boolean revoke(CreditorId creditor, String keyId, Instant at) {
        return databases.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("update " + table
                    + " set revoked_at = ? where key_id = ? and creditor_id = ? and revoked_at is null")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, keyId);
                ps.setString(3, creditor.value());
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp(5);
        return new ApiKey(rs.getString(1), new CreditorId(rs.getString(2)), rs.getString(3),
                rs.getTimestamp(4).toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
