package org.smartdunning.web;

import java.util.List;

/**
 * A table of figures that the page's script also draws as a chart above it: the table is the chart's
 * text alternative and its only data source, so the two cannot disagree.
 *
 * @param id      the table's element id
 * @param caption what the figures are, in plain words
 * @param chart   line, bar, hbar (horizontal bars) or scatter (columns x, y; rows' labels the series); null: no chart
 * @param percent whether the values are shares drawn as percentages
 * @param columns the header of each value column
 * @param series  the value columns drawn (0-based among the value columns, comma-separated); empty: all
 */
record ChartTable(String id, String caption, String chart, boolean percent, String rowHeader, List<String> columns,
                  List<Row> rows, String series) {
    /** One row: its label (a header cell) and its values. */
    record Row(String label, List<Figures.Cell> cells) {
    }

    ChartTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    ChartTable(String id, String caption, String chart, boolean percent, String rowHeader, List<String> columns,
               List<Row> rows) {
        this(id, caption, chart, percent, rowHeader, columns, rows, "");
    }

    boolean empty() {
        return rows.isEmpty();
    }
}
