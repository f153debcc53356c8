package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code dunning --version} names the build, as the models it trains record it in {@code engine_build}. */
class VersionTest {
    @Test
    void theVersionNamesTheCommitTheEngineWasBuiltFrom() {
        StringWriter out = new StringWriter();
        CommandLine cli = DunningCli.commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("--version")).isZero();
        assertThat(out.toString().strip())
                .matches("Smart Dunning \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit [0-9a-f]{12}(-dirty)?\\)");
    }
}
