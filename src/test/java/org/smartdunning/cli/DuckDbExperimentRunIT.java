package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;

/**
 * The daily process ({@code dunning run --experiments}) on DuckDB for five days of a generated 2,000-customer creditor
 * with a three-group experiment at the decision stage: its dunning events carry the arm and the share drawn with, no
 * invoice is both explored by the engine and assigned, business customers (not eligible) are left to the engine, a
 * re-run day adds nothing, and {@code dunning experiments} lists the experiment's arms with the holdout as control.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuckDbExperimentRunIT {
    static final LocalDate FIRST = LocalDate.of(2026, 6, 1);
    static final int DAYS = 5;
    static final String EXPERIMENT = "reminder-test";
    static final Map<String, Double> SHARES = Map.of("sms", 0.4, "letter-no-fee", 0.4, "holdout", 0.2);
    static final String FILE = """
            experiments:
              - name: reminder-test
                stage: decision
                start: 2026-06-01
                end: 2026-06-30
                seed: 11
                eligible: {customer_type: [private]}
                holdout: 0.2
                arms:
                  - {name: sms, share: 0.4, action: reminder, channel: sms}
                  - {name: letter-no-fee, share: 0.4, action: reminder, channel: letter, fee: 0}
            """;

    Path temp;
    String url;
    List<String> run;

    @BeforeAll
    void fiveDaysWithTheExperiment() throws Exception {
        temp = Files.createTempDirectory("experiment-run-it-");
        WorldFolder.generate(temp.resolve("world"), WorldPresets.named(WorldPresets.DEFAULT), FIRST, 8, 2_000);
        url = "jdbc:duckdb:" + temp.resolve("store.duckdb");
        CliRun imported = dunning("import", "--data", temp.resolve("world").toString(), "--db", url);
        assertThat(imported.exit()).as(imported.err()).isZero();
        Path experiments = Files.writeString(temp.resolve("experiments.yaml"), FILE);
        Path settings = Files.writeString(temp.resolve("run.properties"), String.join("\n",
                "messages.dir=" + temp.resolve("messages"), "letters.dir=" + temp.resolve("letters"),
                "agency.dir=" + temp.resolve("agency"), ""));
        run = List.of("run", "--workflow", "examples/workflows/se-telecom.yaml", "--experiments", experiments.toString(),
                "--settings", settings.toString(), "--db", url);
        for (int d = 0; d < DAYS; d++) {
            runDay(FIRST.plusDays(d));
        }
    }

    void runDay(LocalDate day) {
        List<String> args = new ArrayList<>(run);
        args.addAll(List.of("--date", day.toString()));
        CliRun done = dunning(args.toArray(String[]::new));
        assertThat(done.exit()).as(done.out() + done.err()).isZero();
    }

    @AfterAll
    void removeTemp() throws Exception {
        try (var walk = Files.walk(temp)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Rows of a query over the run's days, each row's columns joined by '|'. */
    List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Database db = Database.open(url, CreditorId.DEFAULT); Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery(sql.replace("RUN_DAYS", "occurred_on >= DATE '" + FIRST + "'"))) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(rs.getString(c));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    @Test
    void eventsCarryTheArmAndItsShareAndTheLetterArmGoesWithoutFee() throws Exception {
        List<String> arms = rows("select arm, min(propensity), max(propensity), count(*) from dunning_events"
                + " where RUN_DAYS and experiment = '" + EXPERIMENT + "' group by arm order by arm");
        assertThat(arms).extracting(r -> r.split("\\|")[0]).containsExactly("holdout", "letter-no-fee", "sms");
        for (String row : arms) {
            String[] f = row.split("\\|");
            assertThat(Double.parseDouble(f[1])).as(row).isEqualTo(SHARES.get(f[0]));
            assertThat(Double.parseDouble(f[2])).as(row).isEqualTo(SHARES.get(f[0]));
            assertThat(Integer.parseInt(f[3])).as(row).isGreaterThanOrEqualTo(5);
        }
        assertThat(rows("select distinct channel, fee from dunning_events where RUN_DAYS and arm = 'letter-no-fee'"))
                .containsExactly("letter|0.00");
        assertThat(rows("select count(*) from audit_log where event = 'assigned'")).containsExactly(
                rows("select count(*) from dunning_events where RUN_DAYS and experiment = '" + EXPERIMENT
                        + "' and arm <> 'holdout'").get(0));
    }

    @Test
    void noInvoiceIsBothExploredAndAssignedAndTheIneligibleAreLeftToTheEngine() throws Exception {
        assertThat(rows("select count(*) from dunning_events where RUN_DAYS and experiment = 'smart-dunning'").get(0))
                .as("the engine still decides the business customers").isNotEqualTo("0");
        assertThat(rows("select e.invoice_id from dunning_events e join dunning_events o on e.invoice_id = o.invoice_id"
                + " where e.occurred_on >= DATE '" + FIRST + "' and o.occurred_on >= DATE '" + FIRST + "'"
                + " and e.experiment = '" + EXPERIMENT + "' and o.experiment = 'smart-dunning'")).isEmpty();
        assertThat(rows("select c.type, count(*) from dunning_events e join invoices i on i.invoice_id = e.invoice_id"
                + " join customers c on c.customer_id = i.customer_id where e.occurred_on >= DATE '" + FIRST + "'"
                + " and e.experiment = '" + EXPERIMENT + "' group by c.type")).extracting(r -> r.split("\\|")[0])
                .containsExactly("private");
    }

    @Test
    void aDayRunAgainAddsNoEvent() throws Exception {
        List<String> before = rows("select count(*) from dunning_events where RUN_DAYS");
        runDay(FIRST.plusDays(2));
        assertThat(rows("select count(*) from dunning_events where RUN_DAYS")).isEqualTo(before);
    }

    @Test
    void theAnalysisListsTheExperimentsArmsWithTheHoldoutAsControl() throws Exception {
        CliRun analysed = dunning("experiments", "--db", url, "--as-of", FIRST.plusDays(DAYS).toString(), "--format", "json");
        assertThat(analysed.exit()).as(analysed.err()).isZero();
        JsonNode experiment = null;
        for (JsonNode e : new ObjectMapper().readTree(analysed.out()).get("experiments")) {
            experiment = e.get("experiment").asText().equals(EXPERIMENT) ? e : experiment;
        }
        assertThat(experiment).as(analysed.out()).isNotNull();
        assertThat(experiment.get("control").asText()).isEqualTo("holdout");
        Map<String, Integer> open = new TreeMap<>();
        experiment.get("arms").forEach(a -> open.put(a.get("arm").asText(), a.get("open").asInt()));
        Map<String, Integer> logged = new TreeMap<>();
        for (String row : rows("select arm, count(distinct invoice_id) from dunning_events where RUN_DAYS"
                + " and experiment = '" + EXPERIMENT + "' group by arm")) {
            logged.put(row.split("\\|")[0], Integer.parseInt(row.split("\\|")[1]));
        }
        assertThat(open).as("every invoice still open: its outcome windows have not closed").isEqualTo(logged);
    }
}
