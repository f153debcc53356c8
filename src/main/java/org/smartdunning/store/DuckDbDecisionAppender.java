package org.smartdunning.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.smartdunning.policy.Decision;

/**
 * A run's decisions appended to DuckDB's {@code decisions} table in the open transaction: rows become
 * part of it when the appender closes and disappear with a rollback. 500-row {@code insert ... values}
 * statements took 1.6 s of sampled time in a 100,000-customer decide (load 12), binding 8,000 parameters each.
 */
final class DuckDbDecisionAppender {
    private DuckDbDecisionAppender() {
    }

    static void append(DuckDBConnection connection, String runId, List<Decision> decisions) throws SQLException {
        try (DuckDBAppender a = connection.createAppender(connection.getSchema(), "decisions")) {
            for (Decision d : decisions) {
                a.beginRow();
                // the table's column order (V2__decisions.sql), the values JdbcDecisionLog binds for PostgreSQL
                for (Object value : JdbcDecisionLog.values(runId, d)) {
                    if (value == null) {
                        a.appendNull();
                    } else if (value instanceof LocalDate day) {
                        a.appendEpochDays((int) day.toEpochDay());
                    } else if (value instanceof Double number) {
                        a.append(number.doubleValue());
                    } else {
                        a.append((String) value);
                    }
                }
                a.endRow();
            }
        }
    }
}
