package org.smartdunning.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.smartdunning.models.ModelFormat;

/** Which saved model is live, and every verdict that made it so (champion and challenger), one row per new model. */
public final class JdbcModelPromotions {
    private final Database database;

    public JdbcModelPromotions(Database database) {
        this.database = database;
    }

    /**
     * One verdict on a newly saved model; figures are NaN where nothing was compared.
     *
     * @param championKey the model live before, null when there was none
     * @param liveKey     the model live after
     */
    public record Verdict(Instant at, String trainingKey, String championKey, String liveKey, String outcome,
                          double challengerValue, double championValue, double difference, double lowerBound,
                          double margin, int rows, String reason) {
    }

    public void record(Verdict v) {
        database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("insert into model_promotions (decided_at,"
                    + " training_key, champion_key, live_key, outcome, challenger_value, champion_value, difference,"
                    + " lower_bound, margin, logged_rows, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(v.at()));
                ps.setString(2, v.trainingKey());
                ps.setString(3, v.championKey());
                ps.setString(4, v.liveKey());
                ps.setString(5, v.outcome());
                figure(ps, 6, v.challengerValue());
                figure(ps, 7, v.championValue());
                figure(ps, 8, v.difference());
                figure(ps, 9, v.lowerBound());
                figure(ps, 10, v.margin());
                ps.setInt(11, v.rows());
                ps.setString(12, v.reason());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The training key of the live model, if it is saved and of this format (a model of another format cannot be
     * read here: then none is live for this learner).
     */
    public Optional<String> liveKey(String formatSignature) {
        return database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select p.live_key, m.parameters"
                    + " from model_promotions p join models m on m.training_key = p.live_key"
                    + " order by p.promotion_id desc limit 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && ofFormat(rs.getString(2), formatSignature) ? Optional.of(rs.getString(1))
                        : Optional.<String>empty();
            }
        });
    }

    /** Parameters are "k=v" pairs joined by ';': the format's pair is one of them. */
    private static boolean ofFormat(String parameters, String formatSignature) {
        String pair = ModelFormat.PARAMETER + "=" + formatSignature;
        return (";" + parameters + ";").contains(";" + pair + ";");
    }

    private static void figure(PreparedStatement ps, int index, double value) throws java.sql.SQLException {
        if (Double.isFinite(value)) {
            ps.setDouble(index, value);
        } else {
            ps.setNull(index, Types.DOUBLE);
        }
    }
}
