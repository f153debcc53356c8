package org.smartdunning.ingest.parquet;

import java.util.Set;
import org.smartdunning.ingest.HistoryFile;

/**
 * The contract's files as Parquet: {@code history/invoices.parquet} for {@code history/invoices.csv},
 * the same column names, typed: days as {@code DATE}, amounts ({@code amount}, {@code monthly_fee},
 * {@code fee}) as {@code DECIMAL(18,2)}, {@code birth_year} as {@code INTEGER}, {@code propensity}
 * as {@code DOUBLE}, everything else as {@code VARCHAR}; an empty value is null.
 */
public final class ParquetContract {
    private static final Set<String> DAYS = Set.of("created_on", "ended_on", "issued_on", "due_on", "paid_on",
            "occurred_on", "decide_on");
    private static final Set<String> AMOUNTS = Set.of("amount", "monthly_fee", "fee");

    private ParquetContract() {
    }

    /** The file's path in a folder (relative, '/'-separated) when it is written as Parquet. */
    public static String path(HistoryFile file) {
        String csv = file.path();
        return csv.substring(0, csv.length() - ".csv".length()) + ".parquet";
    }

    /** The DuckDB type a column is written with. */
    static String type(String column) {
        if (DAYS.contains(column)) {
            return "DATE";
        }
        if (AMOUNTS.contains(column)) {
            return "DECIMAL(18,2)";
        }
        return switch (column) {
            case "birth_year" -> "INTEGER";
            case "propensity" -> "DOUBLE";
            default -> "VARCHAR";
        };
    }
}
