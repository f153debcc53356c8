package org.smartdunning.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartdunning.application.port.DayRunLog;

/** The daily runs the service started (table {@code day_runs}). */
public final class JdbcDayRuns implements DayRunLog {
    private static final String COLUMNS = "run_id, run_day, workflow_version, trigger_kind, status, started_at,"
            + " finished_at, stages, messages, sent, failed, error";
    private final Database database;

    public JdbcDayRuns(Database database) {
        this.database = database;
    }

    @Override
    public DayRun start(LocalDate day, int workflowVersion, String trigger, Instant at) {
        long id = database.inTransaction(c -> {
            long next = SqlSequence.next(c, "day_run_ids");
            try (PreparedStatement ps = c.prepareStatement("insert into day_runs (run_id, run_day, workflow_version,"
                    + " trigger_kind, status, started_at) values (?,?,?,?,'running',?)")) {
                ps.setLong(1, next);
                ps.setDate(2, Date.valueOf(day));
                ps.setInt(3, workflowVersion);
                ps.setString(4, trigger);
                ps.setTimestamp(5, Timestamp.from(at));
                ps.executeUpdate();
            }
            return next;
        });
        return find(id).orElseThrow();
    }

    @Override
    public DayRun finish(long runId, int stages, int messages, int sent, int failed, Instant at) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update day_runs set status = 'done', finished_at = ?,"
                    + " stages = ?, messages = ?, sent = ?, failed = ? where run_id = ?")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setInt(2, stages);
                ps.setInt(3, messages);
                ps.setInt(4, sent);
                ps.setInt(5, failed);
                ps.setLong(6, runId);
                return ps.executeUpdate();
            }
        });
        return find(runId).orElseThrow();
    }

    @Override
    public DayRun fail(long runId, String error, Instant at) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update day_runs set status = 'failed', finished_at = ?, error = ? where run_id = ?")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, error);
                ps.setLong(3, runId);
                return ps.executeUpdate();
            }
        });
        return find(runId).orElseThrow();
    }

    @Override
    public List<DayRun> all() {
        return database.inTransaction(c -> {
            List<DayRun> runs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from day_runs order by run_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(run(rs));
                }
            }
            return runs;
        });
    }

    @Override
    public Optional<DayRun> find(long runId) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from day_runs where run_id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(run(rs)) : Optional.empty();
                }
            }
        });
    }

    private static DayRun run(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp(7);
        return new DayRun(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), finished == null ? null : finished.toInstant(), integer(rs, 8),
                integer(rs, 9), integer(rs, 10), integer(rs, 11), rs.getString(12));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
