package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** {@code dunning --help} lists every command with one whole sentence, never a cut one. */
class TopLevelHelpTest {
    @Test
    void everyCommandIsListedWithOneWholeSentence() {
        CommandLine cli = DunningCli.commandLine();
        String help = cli.getUsageMessage().replaceAll("\\s+", " ");
        for (Map.Entry<String, CommandLine> command : cli.getSubcommands().entrySet()) {
            String summary = summary(command.getValue().getCommandSpec().usageMessage());
            assertThat(summary).as(command.getKey()).endsWith(".").doesNotContain(". ");
            assertThat(help).as(command.getKey()).contains(command.getKey() + " " + summary);
        }
    }

    /** What picocli prints in the parent's command list: the header's first line, else the description's. */
    private static String summary(UsageMessageSpec usage) {
        String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
        return lines[0].replaceAll("\\s+", " ");
    }
}
