package org.smartdunning.spark;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.cli.DunningCli;
import picocli.CommandLine;

/**
 * The Spark job on local[2] against {@code dunning decide} on the same folders and seed: three
 * generated creditors (different sizes, seeds and worlds; one names itself in a creditor file, the
 * others by their folder's name) give the same decisions, values, probabilities and propensities
 * per invoice, each creditor's output holds only its own batch, and a broken fourth folder is
 * rejected with the engine's problem line while the others are still written.
 */
class DecideCreditorsIT {
    @TempDir
    static Path temp;
    static Path creditors;
    static CommandRun job;
    static Map<String, Map<String, Map<String, String>>> spark;
    static Map<String, List<Row>> models;

    @BeforeAll
    static void decideOnSparkAndWithDecide() throws IOException {
        creditors = temp.resolve("in");
        generate("acme", 2_500, 11, "nordic-telecom");
        generate("bolt", 3_000, 12, "email-first");
        generate("cargo", 2_000, 13, "mixed-credit");
        Files.writeString(creditors.resolve("cargo").resolve("creditor"), "cargo-ab\n");
        generate("broken", 300, 14, "nordic-telecom");
        Path invoices = creditors.resolve("broken").resolve("history").resolve("invoices.csv");
        List<String> lines = Files.readAllLines(invoices);
        lines.set(1, lines.get(1).replaceFirst(",([0-9]+)\\.([0-9]+),", ",$1;$2,"));
        Files.write(invoices, lines);

        job = CommandRun.of(new CommandLine(new DecideCreditorsJob()), "--data", creditors.toString(), "--out",
                temp.resolve("out").toString(), "--seed", "7");
        try (SparkSession session = SparkSession.builder()
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false").getOrCreate()) {
            spark = session.read().parquet(temp.resolve("out").resolve(DecideCreditors.DECISIONS).toString())
                    .collectAsList().stream().collect(Collectors.groupingBy(r -> r.getAs(DecisionRows.CREDITOR),
                            Collectors.toMap(r -> r.getAs("invoice_id"), CommandRun::rendered)));
            models = session.read().parquet(temp.resolve("out").resolve(DecideCreditors.MODELS).toString())
                    .collectAsList().stream().collect(Collectors.groupingBy(r -> r.getAs(DecisionRows.CREDITOR)));
        }
    }

    @Test
    void everyCreditorGetsDecideDecisionsValuesAndPropensitiesPerInvoice() throws IOException {
        assertThat(job.exit()).as(job.err()).isEqualTo(DecideCreditorsJob.REJECTED);
        assertThat(spark).containsOnlyKeys("acme", "bolt", "cargo-ab");
        for (String[] creditor : new String[][] {{"acme", "acme"}, {"bolt", "bolt"}, {"cargo", "cargo-ab"}}) {
            Path decisions = temp.resolve(creditor[0] + "-decisions.csv");
            CommandLine dunning = DunningCli.commandLine();
            CommandRun decide = CommandRun.of(dunning, "decide", "--data", creditors.resolve(creditor[0]).toString(), "--out",
                    decisions.toString(), "--db", "jdbc:duckdb:" + temp.resolve(creditor[0] + ".duckdb"), "--creditor",
                    creditor[1], "--seed", "7");
            assertThat(decide.exit()).as(decide.err()).isZero();
            Map<String, Map<String, String>> expected = read(decisions);
            assertThat(expected).as("%s's batch", creditor[1]).hasSizeGreaterThan(50);
            // the same invoices, no more (nothing of another creditor), with every column as decide wrote it
            assertThat(spark.get(creditor[1])).as(creditor[1]).isEqualTo(expected);
            assertThat(job.out()).contains(String.format(Locale.ROOT, "%s: %,d invoices decided", creditor[1],
                    expected.size()));
        }
    }

    @Test
    void eachCreditorsModelIsWrittenWithItsProvenance() {
        assertThat(models).containsOnlyKeys("acme", "bolt", "cargo-ab");
        models.forEach((creditor, rows) -> {
            assertThat(rows).as(creditor).hasSize(1);
            Row model = rows.get(0);
            assertThat(model.<Long>getAs("seed")).isEqualTo(7L);
            assertThat(model.<String>getAs("training_key")).isNotBlank();
            assertThat(model.<String>getAs("metrics")).startsWith("{");
            assertThat(model.<byte[]>getAs("archive")).hasSizeGreaterThan(1_000);
            // the decisions name the policy whose model was exported
            assertThat(spark.get(creditor).values()).allSatisfy(d -> assertThat(d.get("policy_version")).isNotEmpty());
        });
    }

    @Test
    void aBrokenFolderIsRejectedWithTheEngineProblemLineAndWritesNothing() {
        assertThat(job.err()).contains("broken: folder rejected, nothing written for it")
                .containsPattern("history/invoices\\.csv:2:\\d+ \\(amount\\)");
        assertThat(temp.resolve("out").resolve(DecideCreditors.DECISIONS).resolve("creditor=broken")).doesNotExist();
        assertThat(job.out()).contains("3 creditors decided, 1 rejected");
    }

    private static void generate(String name, int customers, long seed, String world) {
        CommandRun generate = CommandRun.of(DunningCli.commandLine(), "generate", "--out", creditors.resolve(name).toString(), "--customers",
                String.valueOf(customers), "--seed", String.valueOf(seed), "--world", world);
        assertThat(generate.exit()).as(generate.err()).isZero();
    }

    private static Map<String, Map<String, String>> read(Path decisions) throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(decisions, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : csv) {
                rows.put(record.getField("invoice_id"), new LinkedHashMap<>(record.getFieldsAsMap()));
            }
        }
        return rows;
    }
}
