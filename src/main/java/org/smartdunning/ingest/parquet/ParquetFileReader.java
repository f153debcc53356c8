package org.smartdunning.ingest.parquet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.smartdunning.ingest.HistoryFile;
import org.smartdunning.ingest.ImportProblem;
import org.smartdunning.ingest.ImportProblems;
import org.smartdunning.ingest.SourceRow;

/**
 * Reads one contract file written as Parquet on an in-memory DuckDB, row by row in the file's
 * order. Each value goes to the import's rules as the text a CSV would hold for it (a day as
 * {@code YYYY-MM-DD}, a number in plain decimal notation without trailing zeros, null as empty),
 * so a Parquet file is checked by the same rules and decides as the same data in CSV. A problem
 * names the file, the 1-based row and the column's 1-based position in the file's schema.
 */
public final class ParquetFileReader {
    /** DuckDB's column of each row's 0-based position in its file. */
    private static final String ROW = "file_row_number";

    private final Path path;
    private final String name;
    private final HistoryFile file;
    private final ImportProblems problems;

    /** @param name the file's path in the folder, as problems name it */
    public ParquetFileReader(Path path, String name, HistoryFile file, ImportProblems problems) {
        this.path = path;
        this.name = name;
        this.file = file;
        this.problems = problems;
    }

    /** Streams the rows; whether the file could be read with every contract column. */
    public boolean read(Consumer<SourceRow> rows) {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement query = duckdb.prepareStatement("SELECT * FROM read_parquet(?, file_row_number = true)"
                     + " ORDER BY " + ROW)) {
            query.setString(1, path.toString());
            try (ResultSet rs = query.executeQuery()) {
                int[] index = columnIndexes(rs.getMetaData());
                if (index == null) {
                    return false;
                }
                int rowColumn = rs.findColumn(ROW);
                SourceRow row = new SourceRow(file, name, index);
                while (rs.next()) {
                    for (int i = 0; i < index.length; i++) {
                        row.set(i, text(rs, index[i]));
                    }
                    row.line(rs.getLong(rowColumn) + 1);
                    rows.accept(row);
                }
                return true;
            }
        } catch (SQLException e) {
            problems.add(ImportProblem.ofFile(name, "not readable as Parquet: " + reason(e)));
            return false;
        }
    }

    /** Position (1-based) of each contract column in the file; null, with problems added, when some are missing. */
    private int[] columnIndexes(ResultSetMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            names.add(meta.getColumnName(i));
        }
        List<String> columns = file.columns();
        int[] index = new int[columns.size()];
        boolean complete = true;
        for (int i = 0; i < index.length; i++) {
            index[i] = names.indexOf(columns.get(i)) + 1;
            if (index[i] == 0) {
                problems.add(new ImportProblem(name, 0, 0, columns.get(i), "missing required column"));
                complete = false;
            }
        }
        return complete ? index : null;
    }

    /** The value as a CSV would write it: the rules parse text, so both formats meet the same checks. */
    private static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate().toString();
        }
        if (value instanceof BigDecimal number) {
            return plain(number);
        }
        if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite() ? number.toString() : plain(BigDecimal.valueOf(number));
        }
        if (value instanceof Float number) {
            return number.isNaN() || number.isInfinite() ? number.toString() : plain(new BigDecimal(number.toString()));
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return rs.getString(column);
    }

    /** {@code 12.5} for 12.50, {@code 100} for 100.00 or 1E+2. */
    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** DuckDB's message, first line only (its later lines may quote the file's bytes). */
    private static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
