package org.smartdunning.policy.files;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.features.FixedDecimals;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.DecisionColumns;
import org.smartdunning.policy.DecisionRun;

/**
 * Writes the contract's decisions file: {@code invoice_id,action,channel} first, then the expected
 * value of every candidate (empty when not allowed), the chosen action's probabilities, the
 * propensity, the policy and the reason ({@link DecisionColumns}); numbers with four decimals.
 */
public final class DecisionsFile {
    private DecisionsFile() {
    }

    public static void write(Path file, DecisionRun run) {
        try (CsvWriter csv = CsvWriter.builder().build(file)) {
            csv.writeRecord(DecisionColumns.ALL.stream().map(DecisionColumns.Column::name).toList());
            for (Decision d : run.decisions()) {
                csv.writeRecord(row(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write decisions file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> row(Decision d) {
        List<String> row = new ArrayList<>();
        for (Object value : DecisionColumns.values(d)) {
            row.add(value instanceof Double number ? number(number) : value == null ? "" : value.toString());
        }
        return row;
    }

    /** Four decimals, what {@code String.format("%.4f")} writes; empty for an unknown number. */
    static String number(double v) {
        return Double.isNaN(v) ? "" : FixedDecimals.of(v, 4);
    }
}
