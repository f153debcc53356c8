package org.smartdunning.policy.files;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smartdunning.history.DunningAction;
import org.smartdunning.policy.CandidateValue;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.DecisionRun;

/**
 * Writes the contract's decisions file: {@code invoice_id,action,channel} first, then the expected
 * value of every candidate (empty when not allowed), the chosen action's probabilities, the
 * propensity, the policy and the reason.
 */
public final class DecisionsFile {
    private DecisionsFile() {
    }

    public static void write(Path file, DecisionRun run) {
        try (CsvWriter csv = CsvWriter.builder().build(file)) {
            List<String> header = new ArrayList<>(List.of("invoice_id", "action", "channel", "decide_on", "expected_value"));
            for (DunningAction a : DunningAction.values()) {
                header.add("value_" + a.key());
            }
            header.addAll(List.of("p_pay", "p_churn", "p_inquiry", "clv", "propensity", "policy", "policy_version", "reason"));
            csv.writeRecord(header);
            for (Decision d : run.decisions()) {
                csv.writeRecord(row(d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write decisions file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> row(Decision d) {
        List<String> row = new ArrayList<>(List.of(d.invoiceId().value(), d.action().action(), d.action().channel(),
                d.decideOn().toString(), number(d.value())));
        for (DunningAction a : DunningAction.values()) {
            row.add(d.candidate(a).map(c -> number(c.value())).orElse(""));
        }
        CandidateValue chosen = d.candidate(d.action()).orElse(null);
        row.add(chosen == null ? "" : number(chosen.outcomes().pay()));
        row.add(chosen == null ? "" : number(chosen.outcomes().churn()));
        row.add(chosen == null ? "" : number(chosen.outcomes().inquiry()));
        row.add(number(d.clv()));
        row.add(number(d.propensity()));
        row.add(d.provenance().name());
        row.add(d.provenance().version());
        row.add(d.reason());
        return row;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
