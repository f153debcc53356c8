package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartdunning.cli.CliRun.dunning;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seeds replay the same decisions: nothing in the path from folder to decisions depends on scan order. */
class ScorecardReplayIT {
    @TempDir
    Path temp;

    @Test
    void twoRunsWithTheSameSeedsWriteTheSameDecisions() throws Exception {
        // 4,000 customers: large enough for DuckDB to scan the history in parallel, which once reordered the payments
        Path first = run("first");
        Path second = run("second");

        String decisions = Files.readString(first.resolve("nordic-telecom-1").resolve("decisions.csv"));
        assertThat(decisions.lines().count()).as("decisions written").isGreaterThan(100);
        assertThat(decisions).as("cold-start tries are drawn").contains("tried ");
        assertThat(Files.readString(second.resolve("nordic-telecom-1").resolve("decisions.csv"))).isEqualTo(decisions);
    }

    private Path run(String name) {
        Path dir = temp.resolve(name);
        CliRun run = dunning("scorecard", "--worlds", "nordic-telecom", "--seeds", "1", "--customers", "4000",
                "--dir", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return dir;
    }
}
