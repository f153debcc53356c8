package org.smartdunning.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.smartdunning.policy.DecisionColumns;
import picocli.CommandLine;

/** A command run in the test's JVM with its exit code and output, and a decision row rendered as {@code decide} writes it. */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(CommandLine command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exit = command.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    /** A Parquet row rendered as the decisions file writes it: numbers with four decimals, nothing for none. */
    static Map<String, String> rendered(Row row) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (DecisionColumns.Column column : DecisionColumns.ALL) {
            Object value = row.getAs(column.name());
            columns.put(column.name(), value == null ? ""
                    : value instanceof Double number ? String.format(Locale.ROOT, "%.4f", number) : value.toString());
        }
        return columns;
    }
}
