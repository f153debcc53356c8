package org.smartdunning.history;

import java.util.Arrays;

/** Orders rows given by their indexes without boxing them: a stable merge sort, equal rows keep their order. */
final class RowOrder {
    /** Compares two rows by index. */
    @FunctionalInterface
    interface Comparison {
        int compare(int a, int b);
    }

    private RowOrder() {
    }

    /** Sorts {@code rows[from..to)} stably. */
    static void sort(int[] rows, int from, int to, Comparison order) {
        if (to - from <= 16) {
            insertionSort(rows, from, to, order);
            return;
        }
        int[] sorted = Arrays.copyOfRange(rows, from, to);
        sort(sorted, sorted.clone(), 0, sorted.length, order);
        System.arraycopy(sorted, 0, rows, from, sorted.length);
    }

    /** Sorts {@code rows[from..to)} using {@code spare}, which holds the same values there. */
    private static void sort(int[] rows, int[] spare, int from, int to, Comparison order) {
        if (to - from <= 16) {
            insertionSort(rows, from, to, order);
            return;
        }
        int middle = (from + to) >>> 1;
        sort(spare, rows, from, middle, order);
        sort(spare, rows, middle, to, order);
        if (order.compare(spare[middle - 1], spare[middle]) <= 0) {
            // already in order, as the rows of an export sorted by id are: one comparison instead of a merge's
            System.arraycopy(spare, from, rows, from, to - from);
            return;
        }
        // both halves are sorted in spare; merge them into rows, the left one first among equals
        for (int i = from, a = from, b = middle; i < to; i++) {
            rows[i] = b >= to || a < middle && order.compare(spare[a], spare[b]) <= 0 ? spare[a++] : spare[b++];
        }
    }

    private static void insertionSort(int[] rows, int from, int to, Comparison order) {
        for (int i = from + 1; i < to; i++) {
            int row = rows[i];
            int j = i - 1;
            while (j >= from && order.compare(rows[j], row) > 0) {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = row;
        }
    }
}
