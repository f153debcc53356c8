package org.smartdunning.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.smartdunning.history.Money;

/**
 * Shares equal values among the millions of loaded rows: dates (a few thousand distinct days),
 * amounts and low-cardinality texts. Fewer live objects make the load several times lighter on
 * the garbage collector, which dominated it.
 */
final class SharedValues {
    private static final int FIRST_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2200, 1, 1).toEpochDay() - FIRST_DAY);
    private static final int MAX_SHARED = 1 << 16;

    private final LocalDate[] dates = new LocalDate[DAYS];
    private final Map<Long, Money> amounts = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    /** A column selected as epoch days. */
    LocalDate date(ResultSet rs, int column) throws SQLException {
        long day = rs.getLong(column);
        if (rs.wasNull()) {
            return null;
        }
        long index = day - FIRST_DAY;
        if (index < 0 || index >= DAYS) {
            return LocalDate.ofEpochDay(day);
        }
        LocalDate date = dates[(int) index];
        if (date == null) {
            date = LocalDate.ofEpochDay(day);
            dates[(int) index] = date;
        }
        return date;
    }

    /** A column selected as cents. */
    Money money(ResultSet rs, int column) throws SQLException {
        long cents = rs.getLong(column);
        if (rs.wasNull()) {
            return null;
        }
        Money money = amounts.get(cents);
        if (money == null) {
            money = new Money(cents);
            if (amounts.size() < MAX_SHARED) {
                amounts.put(cents, money);
            }
        }
        return money;
    }

    /** For columns with few distinct values (currency, country, plan, topic, ...). */
    String text(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        String shared = texts.get(text);
        if (shared == null) {
            shared = text;
            if (texts.size() < MAX_SHARED) {
                texts.put(text, text);
            }
        }
        return shared;
    }
}
