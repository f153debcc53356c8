package org.smartdunning.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.workflow.DailyPlan;
import org.smartdunning.workflow.DunningDayStore;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.StageOutcome;
import org.smartdunning.workflow.StageRun;

/**
 * The daily process's state in the store. A day's plan lands whole or not at all; the stage-run
 * primary key makes a second commit of the same stage fail instead of sending twice.
 */
public final class JdbcDunningDayStore implements DunningDayStore {
    private final Database database;

    public JdbcDunningDayStore(Database database) {
        this.database = database;
    }

    @Override
    public Map<InvoiceId, List<StageRun>> stagesDone() {
        return database.inTransaction(connection -> {
            Map<InvoiceId, List<StageRun>> done = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("select invoice_id, stage_id, workflow, run_day,"
                    + " outcome, action, message_key from stage_runs");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    InvoiceId invoice = new InvoiceId(rs.getString(1));
                    String action = rs.getString(6);
                    done.computeIfAbsent(invoice, k -> new ArrayList<>(2)).add(new StageRun(invoice, rs.getString(2),
                            rs.getString(3), rs.getDate(4).toLocalDate(), StageOutcome.valueOf(rs.getString(5)
                            .toUpperCase(java.util.Locale.ROOT)), action == null ? null
                            : DunningAction.valueOf(action.toUpperCase(java.util.Locale.ROOT)), rs.getString(7)));
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
            // a re-run of the day states again why stages were stopped: replace that day's lines, never add to them
            try (PreparedStatement ps = connection.prepareStatement(
                    "delete from audit_log where run_day = ? and event = 'skipped'")) {
                ps.setDate(1, Date.valueOf(plan.day()));
                ps.executeUpdate();
            }
            JdbcOutbox.enqueue(connection, plan.messages(), now);
            JdbcAuditLog.append(connection, plan.audit(), now);
            insertEvents(connection, plan.events());
            if (!plan.decisions().isEmpty()) {
                // the decision stages' choices with every candidate's value, like decide's, for reports and evaluation
                Decision first = plan.decisions().get(0);
                JdbcDecisionLog.write(connection, new DecisionRun(first.provenance().label() + "/" + plan.workflow() + "/"
                        + plan.day() + "/" + now, first.provenance(), plan.day(), now, plan.decisions()));
            }
            return null;
        });
    }

    private static void insertRuns(Connection connection, List<StageRun> runs) throws SQLException {
        new MultiRowInsert<StageRun>("insert into stage_runs (invoice_id, stage_id, workflow, run_day, outcome, action,"
                + " message_key)", 7, "", (ps, i, r) -> {
                    ps.setString(i, r.invoiceId().value());
                    ps.setString(i + 1, r.stageId());
                    ps.setString(i + 2, r.workflow());
                    ps.setDate(i + 3, Date.valueOf(r.day()));
                    ps.setString(i + 4, r.outcome().key());
                    ps.setString(i + 5, r.action() == null ? null : r.action().key());
                    ps.setString(i + 6, r.messageKey());
                }).insert(connection, runs);
    }

    /** The engine's own actions join the history, so the next training learns from them. */
    private static void insertEvents(Connection connection, List<DunningEvent> events) throws SQLException {
        new MultiRowInsert<DunningEvent>("insert into dunning_events (invoice_id, occurred_on, action, channel, fee,"
                + " experiment, arm, propensity)", 8, "", (ps, i, e) -> {
                    ps.setString(i, e.invoiceId().value());
                    ps.setDate(i + 1, Date.valueOf(e.occurredOn()));
                    ps.setString(i + 2, e.action().action());
                    ps.setString(i + 3, e.action().channel().isEmpty() ? null : e.action().channel());
                    ps.setBigDecimal(i + 4, e.fee().toBigDecimal());
                    ps.setString(i + 5, e.experiment());
                    ps.setString(i + 6, e.arm());
                    if (e.propensity() == null) {
                        ps.setNull(i + 7, Types.DOUBLE);
                    } else {
                        ps.setDouble(i + 7, e.propensity());
                    }
                }).insert(connection, events);
    }
}
