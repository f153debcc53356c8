package org.smartdunning.evaluation.files;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/** Reads truth.csv of a generated world; value and best-action columns are recomputed, not read. */
public final class TruthFile {
    private TruthFile() {
    }

    public static List<TruthCase> read(Path file) {
        List<TruthCase> cases = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord r : reader) {
                try {
                    Map<DunningAction, OutcomeProbabilities> outcomes = new EnumMap<>(DunningAction.class);
                    for (DunningAction a : DunningAction.values()) {
                        outcomes.put(a, new OutcomeProbabilities(number(r, "p_pay_" + a.key()),
                                number(r, "p_churn_" + a.key()), number(r, "p_inquiry_" + a.key())));
                    }
                    cases.add(new TruthCase(new InvoiceId(r.getField("invoice_id")), number(r, "amount"),
                            number(r, "clv"), Boolean.parseBoolean(r.getField("reachable_sms")),
                            Boolean.parseBoolean(r.getField("reachable_email")), outcomes));
                } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
                    throw new IllegalArgumentException(file + ":" + r.getStartingLineNumber() + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return cases;
    }

    private static double number(NamedCsvRecord r, String column) {
        String text = r.getField(column);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " must be a number, was '" + text + "'");
        }
    }
}
