package org.smartdunning.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.smartdunning.cli.DunningCli;

/** The one creditor the giant-creditor tests split over customer partitions: 2,500 nordic-telecom customers, seed 11. */
final class GiantCreditorFolder {
    private GiantCreditorFolder() {
    }

    /** Generates it under {@code temp} and returns its folder. */
    static Path generate(Path temp) {
        Path folder = temp.resolve("in").resolve("giant");
        CommandRun generate = CommandRun.of(DunningCli.commandLine(), "generate", "--out", folder.toString(), "--customers",
                "2500", "--seed", "11", "--world", "nordic-telecom");
        assertThat(generate.exit()).as(generate.err()).isZero();
        return folder;
    }
}
