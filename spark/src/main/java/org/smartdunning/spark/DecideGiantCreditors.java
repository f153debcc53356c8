package org.smartdunning.spark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.decide.DecidePart;
import org.smartdunning.bootstrap.PeakHeap;
import org.smartdunning.ingest.ImportRejectedException;
import org.smartdunning.policy.ColdStartExploration;

/**
 * The one-giant-creditor case on Spark: a creditor too large for one task, decided over partitions of
 * its customers. The driver imports the whole folder and trains once, with the engine's own train code
 * ({@code decide}'s); the model and the creditor-wide figures go to every task by broadcast; each task
 * holds its customers' history only, computes their invoices' features and decides them; the cold
 * start's draw, which ranks the whole batch, is made on the driver from the tasks' costs. Output as
 * the platform case's: {@code OUT/decisions/creditor=ID} and {@code OUT/models/creditor=ID}.
 */
public final class DecideGiantCreditors {
    private final SparkSession spark;
    private final DecisionSettings deciding;
    private final Clock clock;
    private final int parts;
    private final Training training;
    private final Consumer<String> progress;

    /** Where a giant creditor's model is trained. */
    public enum Training {
        /** The driver imports the whole history and trains as {@code decide} does. */
        DRIVER,
        /** The parts build the training examples, XGBoost4J-Spark trains the boosters; no history on the driver. */
        DISTRIBUTED
    }

    /** @param progress hears each creditor's phases and their seconds (no personal data) */
    public DecideGiantCreditors(SparkSession spark, DecisionSettings deciding, Clock clock, int parts, Training training,
                                Consumer<String> progress) {
        if (parts < 1) {
            throw new IllegalArgumentException("customer partitions must be at least 1, was " + parts);
        }
        this.spark = spark;
        this.deciding = deciding;
        this.clock = clock;
        this.parts = parts;
        this.training = training;
        this.progress = progress;
    }

    /** Decides the creditors found in {@code inputs} one after the other, each over the customer partitions, into {@code out}. */
    public List<CreditorSummary> run(List<String> inputs, String out) {
        Map<String, String> hadoop = new HashMap<>();
        spark.sparkContext().hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        List<CreditorSummary> summaries = new ArrayList<>();
        for (CreditorFolder folder : CreditorFolders.find(inputs, spark.sparkContext().hadoopConfiguration())) {
            summaries.add(decide(folder, hadoop, out));
        }
        return summaries;
    }

    private CreditorSummary decide(CreditorFolder folder, Map<String, String> hadoop, String out) {
        long start = System.nanoTime();
        TrainOnDriver.Trained trained;
        CustomerShare share = new CustomerShare(folder, parts, clock, hadoop);
        try {
            trained = training == Training.DRIVER ? TrainOnDriver.train(folder, hadoop, deciding, clock)
                    : TrainDistributed.train(spark, share, parts, deciding, clock, progress);
        } catch (ImportRejectedException e) {
            return new CreditorSummary(folder.creditor(), 0, seconds(start),
                    "folder rejected, nothing written for it\n" + e.report());
        }
        progress.accept(String.format(java.util.Locale.ROOT, "%s: %s in %.1f s (driver's peak heap so far %d MiB)",
                folder.creditor(), training == Training.DRIVER ? "imported and trained on the driver"
                        : "examples built in " + parts + " customer partitions, boosters trained by XGBoost4J-Spark",
                seconds(start), PeakHeap.mebibytes()));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<PortableModel> model = context.broadcast(trained.portable());
        CustomerPart task = new CustomerPart(share, deciding, clock, model);
        JavaRDD<Integer> indices = context.parallelize(IntStream.range(0, parts).boxed().toList(), parts);
        Map<String, ColdStartExploration.Draw> draws = new HashMap<>();
        if (trained.firstOpenDay().isPresent() && DecidePart.drawsFirst(trained.model(), deciding)) {
            long drawing = System.nanoTime();
            List<ColdStartExploration.Trial> trials = indices.flatMap(p -> task.trials(p).iterator()).collect();
            draws.putAll(DecidePart.draw(trained.model(), deciding, trained.firstOpenDay().get(), trials));
            progress.accept(String.format(java.util.Locale.ROOT, "%s: cold-start draw over %,d open invoices from %d"
                    + " customer partitions in %.1f s", folder.creditor(), trials.size(), parts, seconds(drawing)));
        }
        Broadcast<Map<String, ColdStartExploration.Draw>> drawn = context.broadcast(draws);
        long decidingStart = System.nanoTime();
        JavaRDD<Row> rows = indices.flatMap(p -> task.decide(p, drawn.value()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            int invoices = (int) rows.count();
            progress.accept(String.format(java.util.Locale.ROOT, "%s: %d customer partitions decided %,d invoices in %.1f s",
                    folder.creditor(), parts, invoices, seconds(decidingStart)));
            DecideCreditors.write(spark.createDataFrame(rows, DecisionRows.SCHEMA), out, DecideCreditors.DECISIONS);
            DecideCreditors.write(spark.createDataFrame(trained.exported().map(m -> List.of(ModelRows.of(folder.creditor(), m)))
                    .orElse(List.of()), ModelRows.SCHEMA), out, DecideCreditors.MODELS);
            return new CreditorSummary(folder.creditor(), invoices, seconds(start), null);
        } finally {
            rows.unpersist(false);
            model.destroy();
            drawn.destroy();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
