package org.smartdunning.ingest.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;
import org.smartdunning.ingest.HistoryFile;

/**
 * Turns a contract folder's CSV files into Parquet files of the contract's types
 * ({@link ParquetContract}), row order kept, each CSV removed once its Parquet file is written;
 * the other files of the folder ({@code as_of}, {@code business.properties}, ...) stay as they are.
 */
public final class ParquetFolderWriter {
    private ParquetFolderWriter() {
    }

    /** Converts every contract CSV of the folder. */
    public static void convert(Path folder) throws IOException {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            for (HistoryFile file : HistoryFile.values()) {
                Path csv = folder.resolve(file.path());
                Path parquet = folder.resolve(ParquetContract.path(file));
                StringJoiner columns = new StringJoiner(", ");
                for (String column : file.columns()) {
                    String name = '"' + column + '"';
                    columns.add("CAST(NULLIF(" + name + ", '') AS " + ParquetContract.type(column) + ") AS " + name);
                }
                statement.execute("COPY (SELECT " + columns + " FROM read_csv(" + literal(csv)
                        + ", header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"'))"
                        + " TO " + literal(parquet) + " (FORMAT parquet)");
                Files.delete(csv);
            }
        } catch (SQLException e) {
            throw new IOException("cannot write Parquet files in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String literal(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
