package org.smartdunning.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.application.port.HoldBook;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.HoldReason;
import org.smartdunning.workflow.HoldScope;

/** The holds table: placed and lifted by customer service (CLI, API), read by every daily run. */
public final class JdbcHolds implements HoldBook {
    private final Database database;

    public JdbcHolds(Database database) {
        this.database = database;
    }

    /** Places a hold and returns it with its id. */
    public Hold place(HoldScope scope, String targetId, HoldReason reason, LocalDate from, LocalDate until, String note) {
        return database.inTransaction(connection -> {
            long id = SqlSequence.next(connection, "hold_ids");
            try (PreparedStatement ps = connection.prepareStatement("insert into holds (hold_id, scope, target_id,"
                    + " reason, placed_on, until_on, lifted_on, note) values (?,?,?,?,?,?,null,?)")) {
                ps.setLong(1, id);
                ps.setString(2, scope.key());
                ps.setString(3, targetId);
                ps.setString(4, reason.key());
                ps.setDate(5, Date.valueOf(from));
                ps.setDate(6, until == null ? null : Date.valueOf(until));
                ps.setString(7, note == null ? "" : note);
                ps.executeUpdate();
            }
            return new Hold(id, scope, targetId, reason, from, until, null, note);
        });
    }

    /** Lifts a hold from {@code on}; false when no such hold is in force. */
    public boolean lift(long holdId, LocalDate on) {
        return database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "update holds set lifted_on = ? where hold_id = ? and lifted_on is null")) {
                ps.setDate(1, Date.valueOf(on));
                ps.setLong(2, holdId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Whether the creditor has the invoice or customer a hold would name. */
    public boolean targetExists(HoldScope scope, String targetId) {
        String sql = scope == HoldScope.INVOICE ? "select 1 from invoices where invoice_id = ?"
                : "select 1 from customers where customer_id = ?";
        return database.inTransaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, targetId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public List<Hold> all() {
        return database.inTransaction(JdbcHolds::all);
    }

    static List<Hold> all(Connection connection) throws SQLException {
        List<Hold> holds = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select hold_id, scope, target_id, reason, placed_on,"
                + " until_on, lifted_on, note from holds order by hold_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                holds.add(new Hold(rs.getLong(1), HoldScope.of(rs.getString(2)), rs.getString(3),
                        HoldReason.of(rs.getString(4)), rs.getDate(5).toLocalDate(), date(rs.getDate(6)),
                        date(rs.getDate(7)), rs.getString(8)));
            }
        }
        return holds;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
