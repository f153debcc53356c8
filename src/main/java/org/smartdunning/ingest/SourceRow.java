package org.smartdunning.ingest;

/**
 * One data row of a contract file, with its values in contract column order ({@link HistoryFile#columns()})
 * whatever the order in the file. Reused by the reader for every row of a file: do not keep it.
 */
public final class SourceRow {
    private final HistoryFile file;
    private final int[] fileColumns;
    private final String[] values;
    private long line;

    /** @param fileColumns for each contract column, its 1-based column number in the file */
    public SourceRow(HistoryFile file, int[] fileColumns) {
        if (fileColumns.length != file.columns().size()) {
            throw new IllegalArgumentException("expected " + file.columns().size() + " columns");
        }
        this.file = file;
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
        return new ImportProblem(file.path(), line, fileColumns[column], file.columns().get(column), reason);
    }
}
