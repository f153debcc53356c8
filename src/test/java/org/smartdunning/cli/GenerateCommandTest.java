package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheFolderAndRejectsAnUnknownWorld() throws Exception {
        Path out = dir.resolve("world");
        int ok = DunningCli.commandLine().execute("generate", "--out", out.toString(), "--customers", "300", "--seed", "5",
                "--world", "email-first", "--as-of", "2026-03-01");
        assertThat(ok).isZero();
        assertThat(Files.readString(out.resolve("as_of")).trim()).isEqualTo("2026-03-01");
        assertThat(Files.readString(out.resolve("business.properties"))).contains("cost_to_serve_share=0.8", "clv.cap_months=24");
        assertThat(Files.readAllLines(out.resolve("batch.csv"))).first().isEqualTo("invoice_id,decide_on");

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int failed = DunningCli.commandLine().execute("generate", "--out", dir.resolve("x").toString(),
                    "--customers", "10", "--seed", "1", "--world", "atlantis");
            assertThat(failed).isEqualTo(1);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("unknown world 'atlantis'", "nordic-telecom", "email-first", "costly-collection");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void theExperimentShareSetsHowManyDecisionsWereRandomised() throws Exception {
        long none = experimentRows("none", "0");
        long preset = experimentRows("preset", null);
        long all = experimentRows("all", "1");

        assertThat(none).isZero();
        assertThat(preset).isPositive();
        // a quarter of the customers by default, every customer with 1: about four times the rows
        assertThat((double) all / preset).isBetween(3.0, 5.5);
        assertThat(DunningCli.commandLine().execute("generate", "--out", dir.resolve("bad").toString(), "--customers",
                "10", "--seed", "1", "--experiment-share", "1.5")).isEqualTo(1);
        assertThat(dir.resolve("bad")).doesNotExist();
    }

    /** Dunning events of the generated world that belong to its experiment. */
    private long experimentRows(String name, String share) throws Exception {
        Path out = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("generate", "--out", out.toString(),
                "--customers", "2000", "--seed", "4"));
        if (share != null) {
            args.addAll(java.util.List.of("--experiment-share", share));
        }
        assertThat(DunningCli.commandLine().execute(args.toArray(String[]::new))).isZero();
        return Files.readAllLines(out.resolve("history/dunning_events.csv")).stream().skip(1)
                .filter(line -> line.contains(org.smartdunning.world.WorldParameters.EXPERIMENT)).count();
    }
}
