package org.smartdunning.history;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/** A read-only list of packed rows, each made into its record when read. */
final class RowList<T> extends AbstractList<T> implements RandomAccess {
    private final int[] rows;
    private final int from;
    private final int size;
    private final IntFunction<T> row;

    /** Rows {@code rows[from..to)}; {@code rows} null for the rows {@code from..to) themselves. */
    RowList(int[] rows, int from, int to, IntFunction<T> row) {
        this.rows = rows;
        this.from = from;
        this.size = to - from;
        this.row = row;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return row.apply(rows == null ? from + index : rows[from + index]);
    }

    @Override
    public int size() {
        return size;
    }
}
