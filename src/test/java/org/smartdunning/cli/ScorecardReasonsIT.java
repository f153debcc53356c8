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
        CliRun run = dunning("scorecard", "--worlds", "nordic-telecom,email-first,costly-collection", "--seeds", "1", "--customers", "4000",
                "--dir", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();

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
    }

    /** Checks one decision's reason against its columns; returns which kind of reason it was. */
    private static String check(NamedCsvRecord r) {
        String reason = r.getField("reason");
        String line = "line " + r.getStartingLineNumber() + ": " + reason;
        String taken = DunningAction.of(r.getField("action"), r.getField("channel")).key();
        double propensity = Double.parseDouble(r.getField("propensity"));
        Map<String, Double> values = new HashMap<>();
        for (DunningAction a : DunningAction.values()) {
            String v = r.getField("value_" + a.key());
            if (!v.isEmpty()) {
                values.put(a.key(), Double.parseDouble(v));
            }
        }
        double best = values.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(Double.parseDouble(r.getField("expected_value"))).as(line).isCloseTo(values.get(taken), within(1e-4));
        Matcher m;
        if ((m = EXPLORED.matcher(reason)).find()) {
            assertThat(m.group(1)).as(line).isEqualTo(taken);
            assertThat(propensity).as(line).isLessThan(1).isCloseTo(Double.parseDouble(m.group(2)), within(1e-4));
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

    /** The probability a reason states, or none when the action was certain. */
    private static void assertProbability(String line, String stated, double propensity) {
        if (stated == null) {
            assertThat(propensity).as(line).isEqualTo(1.0);
        } else {
            assertThat(propensity).as(line).isLessThan(1).isCloseTo(Double.parseDouble(stated), within(1e-4));
        }
    }
}
