package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard end to end on two small worlds: generate, decide on a fresh DuckDB, baseline, evaluate, table and JSON. */
class ScorecardCommandIT {
    @TempDir
    Path temp;

    @Test
    void scoresEveryWorldAndSeedInATableAndInJson() throws Exception {
        Path dir = temp.resolve("card");
        Path json = temp.resolve("card.json");

        // 600 customers log a few dozen decisions per action: let the learned models decide anyway
        CliRun run = dunning("scorecard", "--cold-start-min", "0", "--worlds", "nordic-telecom,email-first", "--seeds", "1",
                "--customers", "600",
                "--dir", dir.toString(), "--json", json.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        // one progress line and one table row per world x seed
        assertThat(run.out()).containsPattern("(?m)^\\[1/2\\] nordic-telecom seed 1: [0-9,]+ invoices decided by ");
        assertThat(run.out()).containsPattern("(?m)^\\[2/2\\] email-first seed 1: ");
        List<String> tableRows = run.out().lines().filter(l -> l.matches("^(nordic-telecom|email-first)-1 +\\d+ \\|.*")).toList();
        assertThat(tableRows).hasSize(2);
        assertThat(run.out().lines().filter(l -> l.matches("^    (PASS|FAIL|n/a ) .*"))).as("five per world, two on every row")
                .hasSize(12);
        for (String world : List.of("nordic-telecom-1", "email-first-1")) {
            Path cell = dir.resolve(world);
            assertThat(cell.resolve("dunning.duckdb")).isRegularFile();
            assertThat(cell.resolve("data/truth.csv")).isRegularFile();
            assertThat(cell.resolve("decisions.csv")).isRegularFile();
            assertThat(Files.readString(cell.resolve("decide.log"))).contains("decided ");
        }

        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.at("/settings/customers").asInt()).isEqualTo(600);
        JsonNode rows = doc.get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("world").asText()).isEqualTo("nordic-telecom");
        assertThat(rows.get(1).get("world").asText()).isEqualTo("email-first");
        for (JsonNode r : rows) {
            assertThat(r.get("invoices").asInt()).isGreaterThan(0);
            double decided = r.get("decisions").asDouble();
            double standard = r.get("standard").asDouble();
            double oracle = r.get("oracle").asDouble();
            // the oracle takes the best action per invoice: nothing beats it
            assertThat(oracle).isGreaterThanOrEqualTo(decided).isGreaterThanOrEqualTo(r.get("bestFixed").asDouble());
            assertThat(r.get("gapClosedPct").asDouble()).isCloseTo(100 * (decided - standard) / (oracle - standard), within(1e-6));
            assertThat(r.get("fixedActions").size()).isEqualTo(5);
            double best = Double.NEGATIVE_INFINITY;
            for (String a : List.of("none", "sms", "email", "letter", "collection")) {
                best = Math.max(best, r.at("/fixedActions/" + a).asDouble());
            }
            assertThat(r.get("bestFixed").asDouble()).isEqualTo(best);
            assertThat(r.at("/fixedActions/collection").asDouble()).as("always collection is the standard process")
                    .isCloseTo(standard, within(1e-9));
            assertThat(r.get("beatsEveryFixedAction").asBoolean()).isEqualTo(decided > best);
            assertThat(r.get("collectionCutDiffPp").asDouble()).isCloseTo(
                    r.get("decisionsCollectionCutPct").asDouble() - r.get("oracleCollectionCutPct").asDouble(), within(1e-9));
            assertThat(r.get("cashDiffPp").asDouble()).isCloseTo(
                    r.get("decisionsCashPct").asDouble() - r.get("oracleCashPct").asDouble(), within(1e-9));
            assertThat(r.get("decideSeconds").asDouble()).isGreaterThan(0);
            // what the experiment detects is the figure the decide job printed for the best fixed action
            String log = Files.readString(dir.resolve(r.get("world").asText() + "-1").resolve("decide.log"));
            java.util.regex.Matcher printed = java.util.regex.Pattern.compile("tell apart:[^;]*always "
                    + r.get("bestFixedAction").asText() + " ([0-9.]+)").matcher(log);
            assertThat(printed.find()).as(log).isTrue();
            assertThat(r.get("detectable").asDouble()).isPositive()
                    .isCloseTo(Double.parseDouble(printed.group(1)), within(0.005));
            assertThat(r.get("baselinePolicy").asText()).isEqualTo("history-rules@1");
            assertThat(r.get("baseline").isNumber()).isTrue();
            if (r.get("decisionsPolicy").asText().equals(r.get("baselinePolicy").asText())) {
                // the in-process baseline must reproduce what the decide job decided with the same policy
                assertThat(r.get("baseline").asDouble()).isCloseTo(decided, within(1e-9));
                assertThat(r.get("beatsBaseline").asBoolean()).isFalse();
            }
        }
        JsonNode targets = doc.get("targets");
        assertThat(targets).hasSize(12);
        for (JsonNode t : targets) {
            assertThat(t.get("target").asText()).isNotBlank();
            assertThat(t.get("status").asText()).isIn("PASS", "FAIL", "NOT_APPLICABLE");
            String line = (t.get("status").asText().equals("NOT_APPLICABLE") ? "n/a " : t.get("status").asText())
                    + "  " + t.get("target").asText();
            assertThat(run.out()).as("the table's line for the target").contains(line);
        }
        boolean anyFail = false;
        for (JsonNode t : targets) {
            anyFail |= t.get("status").asText().equals("FAIL");
        }
        assertThat(doc.get("allTargetsMet").asBoolean()).isEqualTo(!anyFail);
        assertThat(targets.get(0).get("scope").asText()).isEqualTo("nordic-telecom");
        assertThat(targets.get(11).get("scope").asText()).isEqualTo("every row");
        assertThat(targets.get(11).get("rowsAssessed").asInt()).isEqualTo(2);
    }

    @Test
    void refusesAFolderItDidNotMakeAndKeepsItsContent() throws Exception {
        Path foreign = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(foreign.resolve("notes.txt"), "keep me");

        CliRun run = dunning("scorecard", "--worlds", "nordic-telecom", "--seeds", "1", "--customers", "50",
                "--dir", foreign.toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("not made by the scorecard");
        try (var entries = Files.list(foreign)) {
            assertThat(entries.toList()).containsExactly(foreign.resolve("notes.txt"));
        }
    }

    @Test
    void anUnknownWorldFailsBeforeAnythingIsWritten() {
        Path dir = temp.resolve("card");

        CliRun run = dunning("scorecard", "--worlds", "nordic-telecom,atlantis", "--dir", dir.toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("unknown world 'atlantis'");
        assertThat(dir).doesNotExist();
    }
}
