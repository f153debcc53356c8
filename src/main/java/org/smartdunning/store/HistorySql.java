package org.smartdunning.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * What the history reads share: dates travel as epoch days (the same SQL on both dialects), and
 * results stream in pages of {@value #FETCH_SIZE} rows on PostgreSQL instead of arriving whole.
 */
final class HistorySql {
    static final int FETCH_SIZE = 10_000;
    /** Days since 1970-01-01: {@code date - date} is an integer in both dialects. */
    static final String EPOCH = " - DATE '1970-01-01'";

    private HistorySql() {
    }

    /** Reads one row of a result set. */
    interface RowReader {
        void row(ResultSet rs) throws SQLException;
    }

    static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    reader.row(rs);
                }
            }
        }
    }

    /** A column selected as {@code date} + {@link #EPOCH}. */
    static LocalDate date(ResultSet rs, int column) throws SQLException {
        long days = rs.getLong(column);
        return rs.wasNull() ? null : LocalDate.ofEpochDay(days);
    }
}
