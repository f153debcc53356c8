package org.smartdunning.spark;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.cli.DunningCli;

/**
 * The one-giant-creditor case on local[2] against {@code dunning decide} on the same folder and seed:
 * a generated creditor decided over 3 partitions of its customers gives decide's decisions, values,
 * probabilities, propensities and reasons per invoice — once with the thin actions tried by the cold
 * start (the history-rules baseline decides, the draw made over the whole batch from the parts), once
 * with a lower cold-start minimum, so that the learned model, broadcast as its archive, decides.
 */
class DecideGiantCreditorIT {
    static final String[] COLD_START = {"--seed", "7"};
    @TempDir
    static Path temp;
    static Path folder;

    @BeforeAll
    static void generate() {
        folder = GiantCreditorFolder.generate(temp);
    }

    @Test
    void customerPartitionsGiveDecideDecisionsWhileThinActionsAreTried() throws IOException {
        Map<String, Map<String, String>> expected = decide("cold", COLD_START);
        assertThat(expected.values()).as("the cold start tries thin actions here")
                .anySatisfy(d -> assertThat(d.get("reason")).startsWith("tried "));
        assertThat(onSpark("cold", COLD_START)).isEqualTo(expected);
    }

    @Test
    void customerPartitionsGiveDecideDecisionsWithTheBroadcastLearnedModel() throws IOException {
        Map<String, Map<String, String>> expected = decide("learned", GiantCreditorFolder.LEARNED);
        assertThat(expected.values()).as("the learned model decides here")
                .allSatisfy(d -> assertThat(d.get("policy")).isEqualTo("learned-outcomes"));
        assertThat(onSpark("learned", GiantCreditorFolder.LEARNED)).isEqualTo(expected);
    }

    /** The job over 3 customer partitions; its decisions per invoice, rendered as the decisions file writes them. */
    private static Map<String, Map<String, String>> onSpark(String name, String... options) {
        GiantCreditorFolder.Decided decided = GiantCreditorFolder.decideOnSpark(folder, temp.resolve(name + "-out"), options);
        assertThat(decided.model().<Long>getAs("seed")).isEqualTo(7L);
        return decided.decisions();
    }

    private static Map<String, Map<String, String>> decide(String name, String... options) throws IOException {
        Path decisions = temp.resolve(name + "-decisions.csv");
        List<String> args = new java.util.ArrayList<>(List.of("decide", "--data", folder.toString(), "--out",
                decisions.toString(), "--db", "jdbc:duckdb:" + temp.resolve(name + ".duckdb"), "--creditor", "giant"));
        args.addAll(List.of(options));
        CommandRun decide = CommandRun.of(DunningCli.commandLine(), args.toArray(String[]::new));
        assertThat(decide.exit()).as(decide.err()).isZero();
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(decisions, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : csv) {
                rows.put(record.getField("invoice_id"), new LinkedHashMap<>(record.getFieldsAsMap()));
            }
        }
        assertThat(rows).hasSizeGreaterThan(100);
        return rows;
    }
}
