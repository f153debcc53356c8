package org.smartdunning.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows with multi-row {@code insert ... values (...), (...)} statements of a few hundred
 * rows: DuckDB runs JDBC batches row by row, about 50 times slower, and PostgreSQL takes at most
 * 32,767 bind parameters per statement.
 *
 * @param <T> the row type
 */
final class MultiRowInsert<T> {
    /** Binds one row's values, starting at parameter {@code first}. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, int first, T row) throws SQLException;
    }

    private final String head;
    private final String tail;
    private final int columns;
    private final Binder<T> binder;
    private final int chunk;

    /** @param head {@code insert into t (a, b)}; @param tail what follows the values, e.g. an on-conflict clause */
    MultiRowInsert(String head, int columns, String tail, Binder<T> binder) {
        this.head = head;
        this.tail = tail;
        this.columns = columns;
        this.binder = binder;
        this.chunk = Math.max(1, Math.min(500, 30_000 / columns));
    }

    void insert(Connection connection, List<T> rows) throws SQLException {
        String row = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += chunk) {
            List<T> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            try (PreparedStatement ps = connection.prepareStatement(head + " values "
                    + String.join(",", Collections.nCopies(part.size(), row)) + tail)) {
                int first = 1;
                for (T r : part) {
                    binder.bind(ps, first, r);
                    first += columns;
                }
                ps.executeUpdate();
            }
        }
    }
}
