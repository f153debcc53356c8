package org.smartdunning.spark;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.smartdunning.cli.PolicyOptions;
import org.smartdunning.config.MaskedUrl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The Spark job's door: {@code decide-creditors --data DIR[,DIR..] --out DIR [--jdbc URL | --customer-partitions N] [decide's --seed, --explore, cold start]}. */
@Command(name = "decide-creditors", mixinStandardHelpOptions = true, version = "Smart Dunning on Spark 0.1.0",
        description = {"Decides many creditors' folders on Spark, one task per creditor, with the engine's decide;",
            "with --customer-partitions N, a giant creditor over N partitions of its customers.",
            "Writes OUT/decisions/creditor=ID and OUT/models/creditor=ID as Parquet (and with --jdbc the service's store);",
            "exits 2 when a creditor was not written (its folder rejected, or the service's store refused it)."})
public final class DecideCreditorsJob implements Callable<Integer> {
    /** Exit code when a creditor's folder broke the data contract, as {@code decide}'s, or the service's store refused it. */
    static final int REJECTED = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, split = ",", paramLabel = "DIR",
            description = {"a creditor's contract folder, or a folder of them (any Hadoop path: file:, hdfs:, s3a:, ..);",
                "repeat or separate by commas. A folder's creditor: its creditor file, else the folder's name"})
    private List<String> data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the Parquet output goes (any Hadoop path)")
    private String out;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = {"also keep each creditor's decisions and model in the service's PostgreSQL store",
                "(jdbc:postgresql://HOST/DB), one transaction per creditor; its password: the executors' environment",
                "DUNNING_DB_PASSWORD (or _FILE), as for dunning --db"})
    private String jdbc;

    @Option(names = "--customer-partitions", paramLabel = "N",
            description = {"decide each creditor over N partitions of its customers (hash of the customer id), for a",
                "creditor too large for one task: trained once on the driver, the model broadcast, features and",
                "decisions in N tasks; creditors one after the other. Default: 0, one task per creditor"})
    private int customerPartitions;

    @Option(names = "--training", paramLabel = "WHERE", defaultValue = "driver",
            description = {"with --customer-partitions, where the model is trained: driver (the driver imports the whole",
                "history and trains as decide does) or distributed (the customer partitions build the training examples,",
                "XGBoost4J-Spark trains the boosters on the executors; the driver holds no history). Default: driver"})
    private String training;

    @Mixin
    private PolicyOptions policy;

    public static void main(String[] args) {
        System.exit(new CommandLine(new DecideCreditorsJob()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (policy.checked(spec.name(), err) == null) {
            return 1;
        }
        if (jdbc != null && !jdbc.startsWith("jdbc:postgresql:")) {
            err.println(spec.name() + ": --jdbc must be a PostgreSQL URL (jdbc:postgresql://HOST/DB), was "
                    + MaskedUrl.mask(jdbc));
            err.flush();
            return 1;
        }
        if (customerPartitions < 0 || customerPartitions > 0 && jdbc != null) {
            err.println(spec.name() + ": " + (customerPartitions < 0 ? "--customer-partitions must not be negative, was "
                    + customerPartitions : "--jdbc is not supported with --customer-partitions yet: Parquet only"));
            err.flush();
            return 1;
        }
        if (!List.of("driver", "distributed").contains(training) || customerPartitions == 0 && !"driver".equals(training)) {
            err.println(spec.name() + ": --training must be driver or distributed, and distributed needs --customer-partitions;"
                    + " was " + training);
            err.flush();
            return 1;
        }
        long start = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("smart-dunning " + spec.name()).getOrCreate();
        List<CreditorSummary> summaries;
        try {
            summaries = customerPartitions > 0
                    ? new DecideGiantCreditors(spark, policy.decisions(), Clock.systemUTC(), customerPartitions,
                        DecideGiantCreditors.Training.valueOf(training.toUpperCase(Locale.ROOT)), line -> {
                        stdout.println(line);
                        stdout.flush();
                    }).run(data, out)
                    : new DecideCreditors(spark, policy.decisions(), Clock.systemUTC()).run(data, out, Optional.ofNullable(jdbc));
        } catch (IllegalArgumentException e) {
            err.println(spec.name() + ": " + e.getMessage());
            err.flush();
            return 1;
        } finally {
            spark.stop();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int invoices = 0;
        for (CreditorSummary creditor : summaries) {
            if (creditor.rejected()) {
                err.print(creditor.creditor() + ": " + creditor.rejection());
            } else {
                invoices += creditor.invoices();
                stdout.printf(Locale.ROOT, "%s: %,d invoices decided in %.1f s%n", creditor.creditor(), creditor.invoices(),
                        creditor.seconds());
            }
        }
        long rejected = summaries.stream().filter(CreditorSummary::rejected).count();
        stdout.printf(Locale.ROOT, "%s done: %d creditors decided, %d rejected, %,d invoices in %.1f s (%,.0f invoices/s)%n",
                spec.name(), summaries.size() - rejected, rejected, invoices, seconds, invoices / seconds);
        stdout.flush();
        err.flush();
        return rejected > 0 ? REJECTED : 0;
    }
}
