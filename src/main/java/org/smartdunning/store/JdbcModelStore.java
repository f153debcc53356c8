package org.smartdunning.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.smartdunning.models.ModelProvenance;

/** Keeps trained models (archive bytes) with provenance and metrics; one row per training key. */
public final class JdbcModelStore {
    private final Database database;

    public JdbcModelStore(Database database) {
        this.database = database;
    }

    /** Saves the model; a model already saved under the same training key is replaced. */
    public void save(ModelProvenance provenance, String trainingKey, String metricsJson, byte[] payload, Instant at) {
        Archived model = new Archived(trainingKey, provenance.name(), provenance.version(), provenance.trainedFrom(),
                provenance.trainedUntil(), provenance.seed(), provenance.parametersLine(), metricsJson, at, payload);
        database.inTransaction(connection -> {
            write(connection, model);
            return null;
        });
    }

    /** A saved model whole, as another store of the creditor exported it: its row's columns and its archive. */
    public record Archived(String trainingKey, String name, String version, LocalDate trainedFrom, LocalDate trainedUntil,
                           long seed, String parameters, String metricsJson, Instant createdAt, byte[] payload) {
    }

    /** Writes the model in the caller's transaction, replacing one saved under the same training key. */
    static void write(Connection connection, Archived model) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from models where training_key = ?")) {
            delete.setString(1, model.trainingKey());
            delete.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("insert into models (model_id, name, version,"
                + " training_key, trained_from, trained_until, seed, parameters, metrics, created_at, payload)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, model.name() + "@" + model.version() + "#" + model.trainingKey());
            ps.setString(2, model.name());
            ps.setString(3, model.version());
            ps.setString(4, model.trainingKey());
            ps.setDate(5, Date.valueOf(model.trainedFrom()));
            ps.setDate(6, Date.valueOf(model.trainedUntil()));
            ps.setLong(7, model.seed());
            ps.setString(8, model.parameters());
            ps.setString(9, model.metricsJson());
            ps.setTimestamp(10, Timestamp.from(model.createdAt()));
            ps.setBytes(11, model.payload());
            ps.executeUpdate();
        }
    }

    /** The archive of the model trained under this key, if any. */
    public Optional<byte[]> find(String trainingKey) {
        return database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select payload from models where training_key = ?")) {
                ps.setString(1, trainingKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    /** The metrics (JSON) saved with the model trained under this key, if any. */
    public Optional<String> metrics(String trainingKey) {
        return database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select metrics from models where training_key = ?")) {
                ps.setString(1, trainingKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * The newest model of this seed trained as of a day in [{@code earliest}, {@code latest}] (it learned only from
     * facts before that day) whose provenance holds every one of {@code parameters} ("key=value"), as listed: the
     * daily process's model while fresh enough. A model of another format or build is never returned.
     */
    public Optional<Row> newestTrainedBetween(String name, List<String> parameters, long seed,
                                              java.time.LocalDate earliest, java.time.LocalDate latest) {
        // parameters are "k=v" pairs joined by ';' in key order: each is either followed by ';' or last
        String matches = " and (parameters like ? escape '!' or parameters like ? escape '!')".repeat(parameters.size());
        return database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select " + ROW_COLUMNS + " from models where name = ?"
                    + " and seed = ? and trained_until >= ? and trained_until <= ?" + matches
                    + " order by trained_until desc, created_at desc limit 1")) {
                ps.setString(1, name);
                ps.setLong(2, seed);
                ps.setDate(3, Date.valueOf(earliest));
                ps.setDate(4, Date.valueOf(latest));
                int at = 5;
                for (String parameter : parameters) {
                    ps.setString(at++, "%" + literal(parameter) + ";%");
                    ps.setString(at++, "%" + literal(parameter));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<Row>empty();
                }
            }
        });
    }

    /** The text matched literally by LIKE ... ESCAPE '!'. */
    private static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** One saved model, without its payload. */
    public record Row(String trainingKey, String name, String version, java.time.LocalDate trainedFrom,
                      java.time.LocalDate trainedUntil, long seed, String parameters, Instant createdAt) {
    }

    private static final String ROW_COLUMNS = "training_key, name, version, trained_from, trained_until, seed,"
            + " parameters, created_at";

    private static Row row(ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getDate(5).toLocalDate(), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }

    /** Every saved model, newest first. */
    public java.util.List<Row> list() {
        return database.inTransaction(connection -> {
            java.util.List<Row> rows = new java.util.ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("select " + ROW_COLUMNS
                    + " from models order by created_at desc, training_key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        });
    }
}
