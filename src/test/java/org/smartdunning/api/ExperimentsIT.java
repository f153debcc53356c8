package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smartdunning.api.ApiClient.Reply;
import org.smartdunning.cli.CliRun;
import org.smartdunning.world.WorldParameters;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;

/**
 * {@code dunning experiments} and {@code GET /v1/experiments} on a generated 2,000-customer creditor
 * in one DuckDB store: the two answers are the same document, and they agree with the world's
 * experiment as its files write it — the arms, and per arm the randomised invoices whose payment
 * horizon, churn window and inquiry window closed before the analysis day, counted here from the CSV.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExperimentsIT {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final String CREDITOR = "experiments";
    private static final ObjectMapper JSON = new ObjectMapper();
    Path temp;
    String url;

    @BeforeAll
    void importAWorld() throws Exception {
        temp = Files.createTempDirectory("experiments-it-");
        WorldFolder.generate(temp.resolve("world"), WorldPresets.named(WorldPresets.DEFAULT), AS_OF, 5, 2_000);
        url = "jdbc:duckdb:" + temp.resolve("store.duckdb");
        CliRun imported = dunning("import", "--data", temp.resolve("world").toString(), "--db", url, "--creditor", CREDITOR);
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @AfterAll
    void removeTemp() throws Exception {
        try (var walk = Files.walk(temp)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theCommandLineAndTheApiGiveTheSameAnalysisAndItAddsUpToTheWorldsExperiment() throws Exception {
        CliRun cli = dunning("experiments", "--db", url, "--creditor", CREDITOR, "--as-of", AS_OF.toString(), "--format",
                "json");
        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode fromCli = JSON.readTree(cli.out());
        JsonNode fromApi;
        try (ApiFixture api = new ApiFixture(url, temp)) {
            Reply key = api.admin.post("/v1/creditors/" + CREDITOR + "/keys", "{\"label\":\"experiments it\"}");
            assertThat(key.status()).as(key.toString()).isEqualTo(201);
            Reply reply = api.admin.as(key.json().get("key").asText()).get("/v1/experiments?as_of=" + AS_OF);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            fromApi = JSON.readTree(reply.body());
        }
        assertThat(fromApi.get("refreshing").asBoolean()).as("the first ask waits for its analysis").isFalse();
        assertThat(fromApi.get("facts_version").asText()).isNotEmpty();
        // the API adds what its kept analysis rests on; the analysis itself is the command line's
        ((com.fasterxml.jackson.databind.node.ObjectNode) fromApi).remove(List.of("computed_at", "facts_version",
                "refreshing"));
        assertThat(fromApi).as("the API's answer is the command line's JSON").isEqualTo(fromCli);

        Map<String, int[]> expected = closedAndOpenByArm(temp.resolve("world"));
        JsonNode experiment = fromCli.at("/experiments/0");
        assertThat(fromCli.get("experiments")).hasSize(1);
        assertThat(experiment.get("experiment").asText()).isEqualTo(WorldParameters.EXPERIMENT);
        assertThat(experiment.get("control").asText()).isEqualTo("collection");
        Map<String, int[]> analysed = new TreeMap<>();
        for (JsonNode arm : experiment.get("arms")) {
            analysed.put(arm.get("arm").asText(), new int[] {arm.get("invoices").asInt(), arm.get("open").asInt()});
            assertThat(arm.get("action").asText()).as("the world's arms are its actions").isEqualTo(arm.get("arm").asText());
        }
        assertThat(analysed.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((arm, counts) -> assertThat(analysed.get(arm)).as(arm).containsExactly(counts));
        int closed = expected.values().stream().mapToInt(c -> c[0]).sum();
        assertThat(experiment.get("invoices").asInt()).isEqualTo(closed).isPositive();
        assertThat(experiment.get("open").asInt()).isEqualTo(expected.values().stream().mapToInt(c -> c[1]).sum());
        assertThat(experiment.get("comparisons")).hasSize(expected.size() - 1);
        for (JsonNode c : experiment.get("comparisons")) {
            assertThat(c.at("/value/invoices").asInt()).as("the sequence took in every closed invoice").isEqualTo(closed);
            assertThat(c.at("/value/verdict").asText()).matches("not yet resolved.*|.* beats .* on value per invoice,"
                    + " always-valid 95%: stop may be called");
        }
        System.out.printf("experiments IT: %d closed and %d open invoices in %s, arms %s%n", closed,
                experiment.get("open").asInt(), WorldParameters.EXPERIMENT, analysed.keySet());

        CliRun csv = dunning("experiments", "--db", url, "--creditor", CREDITOR, "--as-of", AS_OF.toString(), "--format",
                "csv");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("experiment,arm,against,kind,figure,estimate,low,high,invoices,open,verdict");
        assertThat(lines).as("7 figures per arm and per difference, 2 sequential per difference, 2 sample sizes")
                .hasSize(1 + 7 * expected.size() + 9 * (expected.size() - 1) + 2);
        CliRun text = dunning("experiments", "--db", url, "--creditor", CREDITOR, "--as-of", AS_OF.toString());
        assertThat(text.out()).contains("Experiment " + WorldParameters.EXPERIMENT + ": " + String.format("%,d", closed)
                + " closed invoices", "control: collection (standard process)", "Sequential test");
    }

    /**
     * Per arm of the world's experiment, from its CSV files: invoices whose latest dunning event is
     * randomised, closed when the horizon (due + 90 days), the churn window (action + 6 months) and the
     * inquiry window (action + 30 days) all ended before the analysis day.
     */
    static Map<String, int[]> closedAndOpenByArm(Path world) throws Exception {
        Map<String, LocalDate> due = new HashMap<>();
        List<String> invoices = Files.readAllLines(world.resolve("history/invoices.csv"));
        List<String> invoiceHeader = List.of(invoices.get(0).split(","));
        for (String line : invoices.subList(1, invoices.size())) {
            String[] f = line.split(",", -1);
            due.put(f[invoiceHeader.indexOf("invoice_id")], LocalDate.parse(f[invoiceHeader.indexOf("due_on")]));
        }
        Map<String, String[]> latest = new HashMap<>(); // invoice -> {day, arm}
        List<String> events = Files.readAllLines(world.resolve("history/dunning_events.csv"));
        List<String> header = List.of(events.get(0).split(","));
        for (String line : events.subList(1, events.size())) {
            String[] f = line.split(",", -1);
            String experiment = f[header.indexOf("experiment")];
            LocalDate day = LocalDate.parse(f[header.indexOf("occurred_on")]);
            String invoice = f[header.indexOf("invoice_id")];
            if (!experiment.isEmpty() && day.isBefore(AS_OF) && (!latest.containsKey(invoice)
                    || !day.isBefore(LocalDate.parse(latest.get(invoice)[0])))) {
                latest.put(invoice, new String[] {day.toString(), f[header.indexOf("arm")]});
            }
        }
        Map<String, int[]> arms = new TreeMap<>();
        latest.forEach((invoice, dayAndArm) -> {
            LocalDate acted = LocalDate.parse(dayAndArm[0]);
            LocalDate last = List.of(due.get(invoice).plusDays(90), acted.plusMonths(6), acted.plusDays(30)).stream()
                    .max(LocalDate::compareTo).orElseThrow();
            arms.computeIfAbsent(dayAndArm[1], a -> new int[2])[last.isBefore(AS_OF) ? 0 : 1]++;
        });
        return arms;
    }
}
