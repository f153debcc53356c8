package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;

/**
 * generate -> decide -> evaluate on a small world, against a real store. One subclass per
 * dialect runs the same assertions on DuckDB and PostgreSQL.
 */
abstract class DecideContract {
    @TempDir
    Path temp;

    abstract String url();

    static List<NamedCsvRecord> rows(Path file) throws Exception {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().toList();
        }
    }

    @Test
    void decidesEveryBatchInvoiceOnceOnReachableChannelsAndBeatsTheStandardProcess() throws Exception {
        Path data = temp.resolve("world");
        assertThat(dunning("generate", "--out", data.toString(), "--customers", "1500", "--seed", "11").exit()).isZero();
        Path decisions = temp.resolve("decisions.csv");

        // this small world logs about 50 decisions per action: let the learned models decide anyway
        CliRun decide = dunning("decide", "--cold-start-min", "0", "--data", data.toString(), "--out", decisions.toString(),
                "--db", url());

        assertThat(decide.exit()).as(decide.err()).isZero();
        PlainLines.matchDecisionsFile(decide.out(), data, decisions);
        List<NamedCsvRecord> batch = rows(data.resolve("batch.csv"));
        List<NamedCsvRecord> decided = rows(decisions);
        assertThat(batch).hasSizeGreaterThan(20);
        assertThat(decided).extracting(r -> r.getField("invoice_id"))
                .containsExactlyInAnyOrderElementsOf(batch.stream().map(r -> r.getField("invoice_id")).toList());
        Map<String, NamedCsvRecord> customers = new HashMap<>();
        rows(data.resolve("history/customers.csv")).forEach(r -> customers.put(r.getField("customer_id"), r));
        Map<String, String> customerOf = new HashMap<>();
        rows(data.resolve("history/invoices.csv")).forEach(r -> customerOf.put(r.getField("invoice_id"), r.getField("customer_id")));
        Set<String> pairs = new HashSet<>();
        for (NamedCsvRecord row : decided) {
            String pair = row.getField("action") + "/" + row.getField("channel");
            assertThat(pair).isIn("none/", "reminder/sms", "reminder/email", "reminder/letter", "collection/agency");
            NamedCsvRecord customer = customers.get(customerOf.get(row.getField("invoice_id")));
            if (customer.getField("email").isEmpty()) {
                assertThat(row.getField("channel")).isNotEqualTo("email");
                assertThat(row.getField("value_email")).isEmpty();
            }
            if (customer.getField("phone").isEmpty()) {
                assertThat(row.getField("channel")).isNotEqualTo("sms");
            }
            assertThat(row.getField("reason")).isNotBlank();
            assertThat(row.getField("policy")).isEqualTo("learned-outcomes");
            double propensity = Double.parseDouble(row.getField("propensity"));
            assertThat(propensity).isGreaterThan(0).isLessThanOrEqualTo(1);
            assertThat(Double.parseDouble(row.getField("expected_value")))
                    .isEqualTo(Double.parseDouble(row.getField("value_" + (row.getField("channel").isEmpty()
                            ? row.getField("action").equals("none") ? "none" : "collection"
                            : row.getField("action").equals("collection") ? "collection" : row.getField("channel")))));
            pairs.add(pair);
        }
        assertThat(pairs).as("the baseline does not send everything the same way").hasSizeGreaterThan(1);
        assertThat(storedDecisions()).isEqualTo(batch.size());

        CliRun evaluate = dunning("evaluate", "--data", data.toString(), "--decisions", decisions.toString(),
                "--json", temp.resolve("report.json").toString());
        assertThat(evaluate.exit()).as(evaluate.err()).isZero();
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(temp.resolve("report.json").toFile());
        double decidedValue = report.at("/decisions/valuePerInvoice").asDouble();
        assertThat(decidedValue).isGreaterThan(report.at("/standard/valuePerInvoice").asDouble());
        assertThat(report.at("/decisions/collections").asInt()).isLessThan(report.at("/standard/collections").asInt());
        assertThat(evaluate.out()).containsIgnoringCase("oracle").containsIgnoringCase("gap");
    }

    @Test
    void decidingAgainImportsNothingAndReplacesTheDecisionsInsteadOfAddingThem() throws Exception {
        Path data = temp.resolve("world");
        dunning("generate", "--out", data.toString(), "--customers", "800", "--seed", "5");
        Path decisions = temp.resolve("decisions.csv");
        CliRun once = dunning("decide", "--data", data.toString(), "--out", decisions.toString(), "--db", url());
        assertThat(once.exit()).as(once.err()).isZero();
        long first = storedDecisions();
        String firstFile = java.nio.file.Files.readString(decisions);
        // 800 customers log too few decisions of every reminder to learn from: the baseline decides and tries them
        assertThat(once.out()).contains("the log holds too few decisions of none sms email letter")
                .contains("decided " + first + " invoices with history-rules");
        List<NamedCsvRecord> decided = rows(decisions);
        assertThat(decided).allMatch(r -> r.getField("policy").equals("history-rules"));
        assertThat(decided.stream().filter(r -> r.getField("reason").startsWith("tried ")))
                .isNotEmpty().allMatch(r -> Double.parseDouble(r.getField("propensity")) >= 0.5);

        CliRun again = dunning("decide", "--data", data.toString(), "--out", decisions.toString(), "--db", url());

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("already imported").contains("using saved model")
                .as("the saved model decides from the batch's customers' history alone")
                .contains("loaded the batch's customers' history").doesNotContain("loaded history:");
        assertThat(count("models")).isEqualTo(1);
        assertThat(storedDecisions()).isEqualTo(first);
        assertThat(count("decision_runs")).isEqualTo(2);
        assertThat(java.nio.file.Files.readString(decisions)).as("same history, same decisions").isEqualTo(firstFile);
    }

    @Test
    void trainReportsOffPolicyValueCalibrationImportanceAndEffectsCloseToTheTruth() throws Exception {
        Path data = temp.resolve("world");
        assertThat(dunning("generate", "--out", data.toString(), "--customers", "4000", "--seed", "3").exit()).isZero();

        CliRun train = dunning("train", "--data", data.toString(), "--db", url());

        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.out()).as("plain words first, the statistics below")
                .containsPattern("\\AOn the [0-9,]+ invoices of the history's experiment with known outcomes, the new"
                        + " model would have decided: [0-9,]+ ")
                .containsPattern("(?m)^Today's process: all [0-9,]+ to collection \\(")
                .containsPattern("(?m)^  cash collected +SEK [0-9,]+ +SEK [0-9,]+ +SEK [+-]?[0-9,]+$");
        assertThat(train.out().indexOf(AnalystsBlock.HEADING)).isPositive()
                .isLessThan(train.out().indexOf("Off-policy value per invoice"));
        assertThat(train.out()).contains("IPS").contains("SNIPS").contains("DR").contains("standard process")
                .contains("new: learned-outcomes").contains("current: history-rules")
                .contains("Calibration on out-of-fold predictions").contains("Feature importance");
        java.util.regex.Matcher paired = java.util.regex.Pattern.compile(
                "(?m)^new - current\\s+(-?[0-9.]+) \\[(-?[0-9.]+), (-?[0-9.]+)\\]\\s+([0-9.]+)$").matcher(train.out());
        assertThat(paired.find()).as("the paired difference over the current policy: " + train.out()).isTrue();
        double low = Double.parseDouble(paired.group(2));
        double high = Double.parseDouble(paired.group(3));
        assertThat(Double.parseDouble(paired.group(4))).as("detectable = (1.96 + 0.84) standard errors")
                .isCloseTo((high - low) / 2 / 1.96 * 2.8016, org.assertj.core.data.Offset.offset(0.02));
        assertThat(train.out()).containsPattern("(?m)^always collection - history-rules\\s+-?[0-9.]+ \\[");
        assertThat(metrics()).contains("\"off_policy_differences\":[{\"policy\":\"new\",\"against\":\"current\"")
                .contains("\"reference_differences\":[{\"policy\":\"always none\",\"against\":\"history-rules\"");
        // the effect check: estimated P(pay) of every action within 5 points of the truth on this world
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?m)^(none|sms|email|letter|collection)\\s+\\d+\\s+([0-9.]+) /\\s*([0-9.]+)\\s+([0-9.]+) /\\s*([0-9.]+)")
                .matcher(train.out());
        int actions = 0;
        Map<String, double[]> churn = new HashMap<>();
        while (m.find()) {
            actions++;
            assertThat(Double.parseDouble(m.group(2))).as(m.group(1) + " P(pay)")
                    .isCloseTo(Double.parseDouble(m.group(3)), org.assertj.core.data.Offset.offset(0.05));
            churn.put(m.group(1), new double[] {Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5))});
        }
        assertThat(actions).isEqualTo(5);
        assertThat(churn.get("collection")[0]).as("collection raises churn the most, as in the truth")
                .isGreaterThan(churn.get("none")[0] + 0.05);
    }

    @Test
    void aCreditorThatNeverDunnedIsStillDecidedAndToldHowToStartLearning() throws Exception {
        Path data = temp.resolve("world");
        assertThat(dunning("generate", "--out", data.toString(), "--customers", "600", "--seed", "8").exit()).isZero();
        java.nio.file.Files.writeString(data.resolve("history/dunning_events.csv"),
                "invoice_id,occurred_on,action,channel,fee,experiment,arm,propensity\n");
        Path decisions = temp.resolve("decisions.csv");

        CliRun decide = dunning("decide", "--data", data.toString(), "--out", decisions.toString(), "--db", url());

        assertThat(decide.exit()).as(decide.err()).isZero();
        for (String action : List.of("none", "sms", "email", "letter", "collection")) {
            assertThat(decide.out()).contains("note: " + action + ": 0 logged actions are too few to learn payment, churn,"
                    + " inquiries; the history-rules priors answer there. Randomise a share of overdue invoices to " + action);
        }
        assertThat(rows(decisions)).hasSize(rows(data.resolve("batch.csv")).size());
        CliRun train = dunning("train", "--data", data.toString(), "--db", url());
        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.out()).startsWith("The history holds no experiment with known outcomes yet")
                .contains("no randomised actions with closed outcome windows yet");
    }

    private String metrics() throws Exception {
        try (Database db = Database.open(url(), CreditorId.DEFAULT); Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("select metrics from models")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private long storedDecisions() throws Exception {
        return count("decisions");
    }

    private long count(String table) throws Exception {
        try (Database db = Database.open(url(), CreditorId.DEFAULT); Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
