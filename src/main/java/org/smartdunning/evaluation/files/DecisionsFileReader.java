package org.smartdunning.evaluation.files;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/**
 * Reads the engine's decisions file by header name and checks it against the batch: every batch
 * invoice decided exactly once, with a valid action on a channel the customer can be reached on.
 * Errors name the file, the line and the reason.
 */
public final class DecisionsFileReader {
    private static final List<String> REQUIRED = List.of("invoice_id", "action", "channel");

    private DecisionsFileReader() {
    }

    public static Map<InvoiceId, DunningAction> read(Path file, List<TruthCase> batch) {
        Map<InvoiceId, TruthCase> cases = new HashMap<>();
        batch.forEach(c -> cases.put(c.invoiceId(), c));
        Map<InvoiceId, DunningAction> decisions = new LinkedHashMap<>();
        Map<InvoiceId, Long> lines = new HashMap<>();
        long lastLine = 1;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            boolean headerChecked = false;
            for (NamedCsvRecord r : reader) {
                long line = r.getStartingLineNumber();
                lastLine = line;
                if (!headerChecked) {
                    for (String column : REQUIRED) {
                        if (!r.getHeader().contains(column)) {
                            throw error(file, 1, "missing column '" + column + "' (header: " + r.getHeader() + ")");
                        }
                    }
                    headerChecked = true;
                }
                InvoiceId id = new InvoiceId(r.getField("invoice_id").trim());
                TruthCase truth = cases.get(id);
                if (truth == null) {
                    throw error(file, line, "invoice '" + id + "' is not in the batch");
                }
                if (lines.containsKey(id)) {
                    throw error(file, line, "duplicate decision for invoice '" + id + "' (first on line " + lines.get(id) + ")");
                }
                DunningAction action;
                try {
                    action = DunningAction.of(r.getField("action").trim(), r.getField("channel").trim());
                } catch (IllegalArgumentException e) {
                    throw error(file, line, "invoice '" + id + "': " + e.getMessage());
                }
                if (!truth.reachable(action)) {
                    throw error(file, line, "invoice '" + id + "': the customer cannot be reached by " + action.channel()
                            + " (no " + (action == DunningAction.SMS ? "phone number" : "e-mail address") + ")");
                }
                decisions.put(id, action);
                lines.put(id, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
        List<InvoiceId> missing = batch.stream().map(TruthCase::invoiceId).filter(id -> !decisions.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw error(file, lastLine, "no decision for " + missing.size() + " batch invoice(s), e.g. '"
                    + missing.get(0) + "'");
        }
        return decisions;
    }

    private static IllegalArgumentException error(Path file, long line, String reason) {
        return new IllegalArgumentException(file + ":" + line + ": " + reason);
    }
}
