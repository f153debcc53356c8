package org.smartdunning.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.smartdunning.history.Money;
import org.smartdunning.history.SharedParts;

/**
 * Shares equal values among the millions of loaded rows: dates (a few thousand distinct days),
 * amounts and low-cardinality texts. Fewer live objects make the load several times lighter on
 * the garbage collector, which dominated it, and the loaded history smaller.
 */
final class SharedValues {
    private final SharedParts parts = new SharedParts();

    /** A column selected as epoch days. */
    LocalDate date(ResultSet rs, int column) throws SQLException {
        long day = rs.getLong(column);
        return rs.wasNull() ? null : parts.day(day);
    }

    /** A column selected as cents. */
    Money money(ResultSet rs, int column) throws SQLException {
        long cents = rs.getLong(column);
        return rs.wasNull() ? null : parts.money(cents);
    }

    /** For columns with few distinct values (currency, country, plan, topic, ...). */
    String text(ResultSet rs, int column) throws SQLException {
        return parts.text(rs.getString(column));
    }
}
