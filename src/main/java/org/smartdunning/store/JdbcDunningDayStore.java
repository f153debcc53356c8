package org.smartdunning.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.workflow.DailyPlan;
import org.smartdunning.workflow.DunningDayStore;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.StageRun;

/**
 * The daily process's state in the store. A day's plan lands whole or not at all; the stage-run
 * primary key makes a second commit of the same stage fail instead of sending twice.
 */
public final class JdbcDunningDayStore implements DunningDayStore {
    private static final int CHUNK = 500;

    private final Database database;

    public JdbcDunningDayStore(Database database) {
        this.database = database;
    }

    @Override
    public Map<InvoiceId, Set<String>> stagesDone() {
        return database.inTransaction(connection -> {
            Map<InvoiceId, Set<String>> done = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("select invoice_id, stage_id from stage_runs");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    done.computeIfAbsent(new InvoiceId(rs.getString(1)), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
            return done;
        });
    }

    @Override
    public List<Hold> holds() {
        return database.inTransaction(JdbcHolds::all);
    }

    @Override
    public void commit(DailyPlan plan, Instant now) {
        database.inTransaction(connection -> {
            insertRuns(connection, plan.stageRuns());
            JdbcOutbox.enqueue(connection, plan.messages(), now);
            JdbcAuditLog.append(connection, plan.audit(), now);
            insertEvents(connection, plan.events());
            return null;
        });
    }

    private static void insertRuns(Connection connection, List<StageRun> runs) throws SQLException {
        for (int from = 0; from < runs.size(); from += CHUNK) {
            List<StageRun> chunk = runs.subList(from, Math.min(runs.size(), from + CHUNK));
            String rows = String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?)"));
            try (PreparedStatement ps = connection.prepareStatement("insert into stage_runs (invoice_id, stage_id,"
                    + " workflow, run_day, outcome, action, message_key) values " + rows)) {
                int i = 1;
                for (StageRun r : chunk) {
                    ps.setString(i++, r.invoiceId().value());
                    ps.setString(i++, r.stageId());
                    ps.setString(i++, r.workflow());
                    ps.setDate(i++, Date.valueOf(r.day()));
                    ps.setString(i++, r.outcome().key());
                    ps.setString(i++, r.action() == null ? null : r.action().key());
                    ps.setString(i++, r.messageKey());
                }
                ps.executeUpdate();
            }
        }
    }

    /** The engine's own actions join the history, so the next training learns from them. */
    private static void insertEvents(Connection connection, List<DunningEvent> events) throws SQLException {
        for (int from = 0; from < events.size(); from += CHUNK) {
            List<DunningEvent> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
            String rows = String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?,?)"));
            try (PreparedStatement ps = connection.prepareStatement("insert into dunning_events (invoice_id, occurred_on,"
                    + " action, channel, fee, experiment, arm, propensity) values " + rows)) {
                int i = 1;
                for (DunningEvent e : chunk) {
                    ps.setString(i++, e.invoiceId().value());
                    ps.setDate(i++, Date.valueOf(e.occurredOn()));
                    ps.setString(i++, e.action().action());
                    ps.setString(i++, e.action().channel().isEmpty() ? null : e.action().channel());
                    ps.setBigDecimal(i++, e.fee().toBigDecimal());
                    ps.setString(i++, e.experiment());
                    ps.setString(i++, e.arm());
                    if (e.propensity() == null) {
                        ps.setNull(i++, Types.DOUBLE);
                    } else {
                        ps.setDouble(i++, e.propensity());
                    }
                }
                ps.executeUpdate();
            }
        }
    }
}
