package org.smartdunning.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.cli.DunningCli;
import picocli.CommandLine;

/**
 * Distributed training of a giant creditor on local[2] against training on the driver, on one generated creditor
 * over 3 customer partitions: the parts build exactly the driver's training examples, and the model XGBoost4J-Spark
 * trains decides as the driver's does up to the boosters' own randomness (see {@link #AGREEMENT}, {@link #PROBABILITY_MARGINS}).
 */
class DistributedTrainingIT {
    /**
     * Share of invoices given the same action. The boosters differ where no seed can make them equal: XGBoost4J-Spark
     * builds the histograms' bins from each worker's rows merged, not from all rows at once, and draws each worker's
     * row subsample (0.8) from its own generator; the calibration and the choice of the reference policy then follow
     * from slightly other trees. Invoices whose best two actions are close in value may swap; the 98 % the issue asks.
     */
    static final double AGREEMENT = 0.98;
    /**
     * Bounds on the 95th percentile of the difference between the two models' probabilities of an invoice: those
     * measured at 100,000 customers (p95 0.050, 0.014, 0.008, README), where every arm is learned; here most arms
     * are too thin and the baseline's priors, the same both ways, answer for them.
     */
    static final Map<String, Double> PROBABILITY_MARGINS = Map.of("p_pay", 0.05, "p_churn", 0.015, "p_inquiry", 0.01);
    @TempDir
    static Path temp;
    static Path folder;

    @BeforeAll
    static void generate() {
        folder = GiantCreditorFolder.generate(temp);
    }

    @Test
    void distributedTrainingDecidesAsTheDriversModelAndSaysHowItWasTrained() {
        Run driver = run("driver");
        Run distributed = run("distributed");
        assertThat(distributed.parameters()).as("provenance: how the model was trained")
                .contains(SparkTreeTrainer.TRAINING + "=xgboost4j-spark, 2 workers");
        assertThat(driver.parameters()).doesNotContain(SparkTreeTrainer.TRAINING);
        assertThat(parameter(distributed.parameters(), "training_rows")).as("the parts' examples are the whole history's")
                .isEqualTo(parameter(driver.parameters(), "training_rows"));
        assertThat(distributed.decisions().keySet()).isEqualTo(driver.decisions().keySet());
        long same = driver.decisions().keySet().stream()
                .filter(id -> driver.decisions().get(id).get("action").equals(distributed.decisions().get(id).get("action")))
                .count();
        double agreement = (double) same / driver.decisions().size();
        System.out.printf("distributed training: %d of %d invoices the same action (%.3f)%n", same,
                driver.decisions().size(), agreement);
        assertThat(agreement).isGreaterThanOrEqualTo(AGREEMENT);
        assertThat(distributed.decisions().values()).allSatisfy(d -> assertThat(d.get("policy")).isEqualTo("learned-outcomes"));
        for (Map.Entry<String, Double> bound : PROBABILITY_MARGINS.entrySet()) {
            double[] gaps = driver.decisions().keySet().stream().mapToDouble(id -> Math.abs(
                    number(driver.decisions().get(id), bound.getKey()) - number(distributed.decisions().get(id), bound.getKey())))
                    .sorted().toArray();
            System.out.printf("distributed training: %s differs by median %.4f, p95 %.4f, max %.4f%n", bound.getKey(),
                    gaps[gaps.length / 2], gaps[(int) (gaps.length * 0.95)], gaps[gaps.length - 1]);
            assertThat(gaps[(int) (gaps.length * 0.95)]).as(bound.getKey()).isLessThanOrEqualTo(bound.getValue());
        }
    }

    private static double number(Map<String, String> decision, String column) {
        return Double.parseDouble(decision.get(column));
    }

    @Test
    void aBrokenFolderIsRejectedWithTheEngineProblemLineAsWhenTrainingOnTheDriver() throws java.io.IOException {
        Path broken = temp.resolve("broken-in").resolve("broken");
        CommandRun generate = CommandRun.of(DunningCli.commandLine(), "generate", "--out", broken.toString(), "--customers",
                "300", "--seed", "14", "--world", "nordic-telecom");
        assertThat(generate.exit()).as(generate.err()).isZero();
        Path invoices = broken.resolve("history").resolve("invoices.csv");
        List<String> lines = java.nio.file.Files.readAllLines(invoices);
        lines.set(1, lines.get(1).replaceFirst(",([0-9]+)\\.([0-9]+),", ",$1;$2,"));
        java.nio.file.Files.write(invoices, lines);

        CommandRun job = CommandRun.of(new CommandLine(new DecideCreditorsJob()), "--data", broken.toString(), "--out",
                temp.resolve("broken-out").toString(), "--customer-partitions", "2", "--training", "distributed");

        assertThat(job.exit()).isEqualTo(DecideCreditorsJob.REJECTED);
        assertThat(job.err()).contains("broken: folder rejected, nothing written for it")
                .containsPattern("history/invoices\\.csv:2:\\d+ \\(amount\\)");
        assertThat(temp.resolve("broken-out").resolve(DecideCreditors.DECISIONS)).doesNotExist();
    }

    private static String parameter(String line, String name) {
        return java.util.Arrays.stream(line.split(";")).filter(p -> p.startsWith(name + "=")).findFirst().orElseThrow();
    }

    private record Run(String parameters, Map<String, Map<String, String>> decisions) {
    }

    /** The job over 3 customer partitions trained as {@code training} says; its model's parameters and its decisions. */
    private static Run run(String training) {
        List<String> args = new java.util.ArrayList<>(List.of("--training", training));
        args.addAll(List.of(GiantCreditorFolder.LEARNED));
        GiantCreditorFolder.Decided decided = GiantCreditorFolder.decideOnSpark(folder, temp.resolve(training + "-out"),
                args.toArray(String[]::new));
        return new Run(decided.model().getAs("parameters"), decided.decisions());
    }
}
