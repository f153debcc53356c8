package org.smartdunning.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.smartdunning.cli.DunningCli;
import picocli.CommandLine;

/** The one creditor the giant-creditor tests split over customer partitions: 2,500 nordic-telecom customers, seed 11. */
final class GiantCreditorFolder {
    /** Options with which the learned model, not the cold start's tries, decides this creditor. */
    static final String[] LEARNED = {"--seed", "7", "--cold-start-min", "50"};

    /** What the job wrote for the creditor: its one model's row and its decisions per invoice, as the file renders them. */
    record Decided(Row model, Map<String, Map<String, String>> decisions) {
    }

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

    /** The job on {@code folder} over 3 customer partitions, with {@code options}, writing under {@code out}. */
    static Decided decideOnSpark(Path folder, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("--data", folder.toString(), "--out", out.toString(),
                "--customer-partitions", "3"));
        args.addAll(List.of(options));
        CommandRun job = CommandRun.of(new CommandLine(new DecideCreditorsJob()), args.toArray(String[]::new));
        assertThat(job.exit()).as(job.err()).isZero();
        assertThat(job.out()).contains("giant: 3 customer partitions decided").contains("1 creditors decided, 0 rejected");
        try (SparkSession session = SparkSession.builder()
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false").getOrCreate()) {
            List<Row> models = session.read().parquet(out.resolve(DecideCreditors.MODELS).toString()).collectAsList();
            assertThat(models).hasSize(1);
            return new Decided(models.get(0), session.read().parquet(out.resolve(DecideCreditors.DECISIONS).toString())
                    .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("invoice_id"), CommandRun::rendered)));
        }
    }
}
