package org.smartdunning.web;

import java.util.Locale;

/**
 * How the pages write numbers: shares as percentages, amounts with two decimals, "n/a" where nothing
 * was measured. A cell keeps the exact value as well, for the chart and for a reader's tools.
 */
final class Figures {
    private Figures() {
    }

    /** A table cell: the text shown and the exact value (empty when none). */
    record Cell(String text, String value) {
        static Cell of(String text, Double value) {
            return new Cell(text, value == null || !Double.isFinite(value) ? "" : Double.toString(value));
        }
    }

    static Cell share(Double share) {
        return Cell.of(share == null || !Double.isFinite(share) ? Templates.NOTHING
                : String.format(Locale.ROOT, "%.1f%%", 100 * share), share);
    }

    static Cell amount(Double amount) {
        return Cell.of(amount == null || !Double.isFinite(amount) ? Templates.NOTHING
                : String.format(Locale.ROOT, "%,.2f", amount), amount);
    }

    static Cell count(long count) {
        return Cell.of(String.format(Locale.ROOT, "%,d", count), (double) count);
    }

    /** A rate or probability with the decimals it needs. */
    static Cell decimal(Double value, int decimals) {
        return Cell.of(value == null || !Double.isFinite(value) ? Templates.NOTHING
                : String.format(Locale.ROOT, "%,." + decimals + "f", value), value);
    }
}
