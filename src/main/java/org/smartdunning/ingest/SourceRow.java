package org.smartdunning.ingest;

/**
 * One data row of a contract file, with its values in contract column order ({@link HistoryFile#columns()})
 * whatever the order in the file; {@link #line()} is the CSV's line (the header is line 1) or the
 * Parquet file's 1-based row. Reused by the reader for every row of a file: do not keep it.
 */
public final class SourceRow {
    private final HistoryFile file;
    private final String path;
    private final int[] fileColumns;
    private final String[] values;
    private long line;

    /** @param fileColumns for each contract column, its 1-based column number in the file */
    public SourceRow(HistoryFile file, int[] fileColumns) {
        this(file, file.path(), fileColumns);
    }

    /**
     * A row of the file at {@code path} (relative to the folder, '/'-separated), which problems name:
     * the contract file in another format, e.g. {@code history/invoices.parquet}.
     *
     * @param fileColumns for each contract column, its 1-based column number in the file
     */
    public SourceRow(HistoryFile file, String path, int[] fileColumns) {
        if (fileColumns.length != file.columns().size()) {
            throw new IllegalArgumentException("expected " + file.columns().size() + " columns");
        }
        this.file = file;
        this.path = path;
        this.fileColumns = fileColumns.clone();
        this.values = new String[fileColumns.length];
    }

    public HistoryFile file() {
        return file;
    }

    public long line() {
        return line;
    }

    public void line(long line) {
        this.line = line;
    }

    public String get(int column) {
        return values[column];
    }

    public void set(int column, String value) {
        values[column] = value;
    }

    ImportProblem problem(int column, String reason) {
        return new ImportProblem(path, line, fileColumns[column], file.columns().get(column), reason);
    }
}
