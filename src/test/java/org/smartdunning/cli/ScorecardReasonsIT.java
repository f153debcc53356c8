package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smartdunning.cli.CliRun.dunning;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.history.DunningAction;

/** Every reason a scorecard run writes agrees with its own row's value columns and propensity. */
class ScorecardReasonsIT {
    private static final String NUM = "(-?[0-9]+\\.[0-9]+)";
    private static final Pattern TRIED = Pattern.compile("^tried (\\w+) with probability " + NUM
            + ": logged too rarely to learn \\(fewer than [0-9,]+ times; \\d action\\(s\\) so\\), among the invoices where"
            + " trying it costs least; the policy's choice was \\w+$");
    private static final Pattern DRAWN_BUT_KEPT = Pattern.compile("; kept with probability " + NUM
            + " in a draw that tried (\\w+) on half of the invoices where it costs least$");
    private static final Pattern EXPLORED = Pattern.compile("^(\\w+) explored with probability " + NUM
            + " \\(expected value " + NUM + "\\); best (\\w+) " + NUM + "; policy's choice (\\w+) " + NUM);
    private static final Pattern HIGHEST = Pattern.compile("^(\\w+) has the highest expected value \\(" + NUM
            + "(?:; next (\\w+) " + NUM + ")?(?:; taken with probability " + NUM + ")?\\)");
    private static final Pattern KEPT = Pattern.compile("^(\\w+) is the reference policy's action \\([^,]+, expected value "
            + NUM + "(?:; taken with probability " + NUM + ")?\\); best (\\w+) " + NUM + ", its advantage ([+-][0-9.]+)");
    private static final Pattern SURE = Pattern.compile("^(\\w+) has the highest value the models are sure of \\(expected value "
            + NUM + "(?:; taken with probability " + NUM + ")?, advantage over the reference's (\\w+) ([+-][0-9.]+),"
            + ".*\\); best (\\w+) " + NUM + " is less certain");

    @TempDir
    Path temp;

    @Test
    void everyReasonMatchesItsValueColumns() throws Exception {
        Path dir = temp.resolve("card");
        // 4,000 customers log 120-170 decisions per action: a minimum of 100 lets the learned models decide
        CliRun run = dunning("scorecard", "--cold-start-min", "100", "--worlds", "nordic-telecom,email-first,costly-collection",
                "--seeds", "1", "--customers", "4000", "--dir", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Path thin = temp.resolve("thin");
        CliRun baseline = dunning("scorecard", "--worlds", "nordic-telecom", "--seeds", "1", "--customers", "4000",
                "--dir", thin.toString());
        assertThat(baseline.exit()).as(baseline.err()).isZero();

        Map<String, Integer> kinds = new HashMap<>();
        for (String cell : new String[] {"nordic-telecom-1", "email-first-1", "costly-collection-1"}) {
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                    .ofNamedCsvRecord(dir.resolve(cell).resolve("decisions.csv"), StandardCharsets.UTF_8)) {
                for (NamedCsvRecord r : csv) {
                    kinds.merge(check(r), 1, Integer::sum);
                }
            }
        }
        assertThat(kinds.values().stream().mapToInt(Integer::intValue).sum()).as("decisions checked").isGreaterThan(600);
        assertThat(kinds).as("the run explores, keeps the reference and takes the best action")
                .containsKeys("explored", "kept", "highest");
        Map<String, Integer> thinKinds = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(thin.resolve("nordic-telecom-1").resolve("decisions.csv"), StandardCharsets.UTF_8)) {
            for (NamedCsvRecord r : csv) {
                thinKinds.merge(check(r), 1, Integer::sum);
            }
        }
        assertThat(thinKinds).as("with the default minimum the thin actions are tried on a seeded half of a pool")
                .containsKeys("tried", "drawn but kept");
    }

    /** Checks one decision's reason against its columns; returns which kind of reason it was. */
    private static String check(NamedCsvRecord r) {
        String reason = r.getField("reason");
        String line = "line " + r.getStartingLineNumber() + ": " + reason;
        String taken = DunningAction.of(r.getField("action"), r.getField("channel")).key();
        double propensity = Double.parseDouble(r.getField("propensity"));
        assertThat(Double.parseDouble(r.getField("expected_value"))).as(line).isCloseTo(values(r).get(taken), within(1e-4));
        Matcher m;
        if ((m = TRIED.matcher(reason)).find()) {
            assertThat(m.group(1)).as(line).isEqualTo(taken);
            // stated to two decimals; the propensity column has it exactly
            assertThat(propensity).as(line).isCloseTo(Double.parseDouble(m.group(2)), within(0.005)).isGreaterThanOrEqualTo(0.5);
            return "tried";
        }
        if ((m = DRAWN_BUT_KEPT.matcher(reason)).find()) {
            // the policy's own action, kept by the draw: logged with half its own probability (plus the draw's half
            // when it was the action drawn); the policy's reason before it states the own probability
            assertThat(propensity).as(line).isCloseTo(Double.parseDouble(m.group(1)), within(0.005));
            double own = taken.equals(m.group(2)) ? 2 * propensity - 1 : 2 * propensity;
            String policyReason = check(r, reason.substring(0, m.start()), own);
            assertThat(policyReason).as(line).isIn("highest", "explored", "kept", "sure");
            return "drawn but kept";
        }
        return check(r, reason, propensity);
    }

    /** Checks the policy's part of a reason against the columns, given the probability the policy itself gave the action. */
    private static String check(NamedCsvRecord r, String reason, double propensity) {
        String line = "line " + r.getStartingLineNumber() + ": " + reason;
        String taken = DunningAction.of(r.getField("action"), r.getField("channel")).key();
        Map<String, Double> values = values(r);
        double best = values.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        Matcher m;
        if ((m = EXPLORED.matcher(reason)).find()) {
            assertThat(m.group(1)).as(line).isEqualTo(taken);
            // the file's propensity of a drawn action is its halved propensity rounded, then doubled (see assertProbability)
            assertThat(propensity).as(line).isLessThan(1).isCloseTo(Double.parseDouble(m.group(2)), within(2e-4));
            assertThat(Double.parseDouble(m.group(3))).as(line).isCloseTo(values.get(taken), within(0.006));
            assertThat(Double.parseDouble(m.group(5))).as(line).isCloseTo(best, within(0.006))
                    .isCloseTo(values.get(m.group(4)), within(0.006));
            assertThat(m.group(6)).as(line).isNotEqualTo(taken);
            assertThat(Double.parseDouble(m.group(7))).as(line).isCloseTo(values.get(m.group(6)), within(0.006));
            return "explored";
        }
        if ((m = HIGHEST.matcher(reason)).find()) {
            assertThat(m.group(1)).as(line).isEqualTo(taken);
            assertThat(Double.parseDouble(m.group(2))).as(line).isCloseTo(best, within(0.006))
                    .isCloseTo(values.get(taken), within(0.006));
            if (m.group(3) != null) {
                double next = values.entrySet().stream().filter(e -> !e.getKey().equals(taken))
                        .mapToDouble(Map.Entry::getValue).max().orElseThrow();
                assertThat(Double.parseDouble(m.group(4))).as(line).isCloseTo(next, within(0.006))
                        .isCloseTo(values.get(m.group(3)), within(0.006));
            }
            assertProbability(line, m.group(5), propensity);
            return "highest";
        }
        if ((m = KEPT.matcher(reason)).find()) {
            assertThat(m.group(1)).as(line).isEqualTo(taken);
            assertThat(Double.parseDouble(m.group(2))).as(line).isCloseTo(values.get(taken), within(0.006));
            assertProbability(line, m.group(3), propensity);
            assertThat(Double.parseDouble(m.group(5))).as(line).isCloseTo(best, within(0.006))
                    .isCloseTo(values.get(m.group(4)), within(0.006)).isGreaterThan(values.get(taken));
            assertThat(Double.parseDouble(m.group(6))).as(line).isCloseTo(best - values.get(taken), within(0.011));
            return "kept";
        }
        if ((m = SURE.matcher(reason)).find()) {
            assertThat(m.group(1)).as(line).isEqualTo(taken);
            assertThat(Double.parseDouble(m.group(2))).as(line).isCloseTo(values.get(taken), within(0.006));
            assertProbability(line, m.group(3), propensity);
            assertThat(Double.parseDouble(m.group(5))).as(line)
                    .isCloseTo(values.get(taken) - values.get(m.group(4)), within(0.011));
            assertThat(Double.parseDouble(m.group(7))).as(line).isCloseTo(best, within(0.006))
                    .isCloseTo(values.get(m.group(6)), within(0.006)).isGreaterThan(values.get(taken));
            return "sure";
        }
        throw new AssertionError("a reason of no known form: " + line);
    }

    /** The row's value per allowed action. */
    private static Map<String, Double> values(NamedCsvRecord r) {
        Map<String, Double> values = new HashMap<>();
        for (DunningAction a : DunningAction.values()) {
            String v = r.getField("value_" + a.key());
            if (!v.isEmpty()) {
                values.put(a.key(), Double.parseDouble(v));
            }
        }
        return values;
    }

    /** The probability a reason states, or none when the action was certain. */
    private static void assertProbability(String line, String stated, double propensity) {
        if (stated == null) {
            assertThat(propensity).as(line).isEqualTo(1.0);
        } else {
            // 2e-4: a probability recovered from a draw's halved propensity doubles the file's rounding to 4 decimals
            assertThat(propensity).as(line).isLessThan(1).isCloseTo(Double.parseDouble(stated), within(2e-4));
        }
    }
}
