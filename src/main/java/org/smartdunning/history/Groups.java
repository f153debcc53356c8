package org.smartdunning.history;

import java.util.Arrays;

/**
 * Rows grouped by an owner (an invoice's payments, a customer's invoices), as two int arrays instead of a map of
 * lists: the rows of owner {@code g} are {@code rows[starts[g]]} up to {@code rows[starts[g + 1] - 1]}.
 */
record Groups(int[] starts, int[] rows) {
    /** Groups {@code owners.length} rows by their owner (below {@code ownerCount}), in row order within each. */
    static Groups of(int[] owners, int ownerCount) {
        int[] starts = new int[ownerCount + 1];
        for (int owner : owners) {
            starts[owner + 1]++;
        }
        for (int g = 0; g < ownerCount; g++) {
            starts[g + 1] += starts[g];
        }
        int[] next = Arrays.copyOf(starts, ownerCount);
        int[] rows = new int[owners.length];
        for (int row = 0; row < owners.length; row++) {
            rows[next[owners[row]]++] = row;
        }
        return new Groups(starts, rows);
    }

    int start(int owner) {
        return owner < 0 ? 0 : starts[owner];
    }

    int end(int owner) {
        return owner < 0 ? 0 : starts[owner + 1];
    }

    int row(int k) {
        return rows[k];
    }
}
