package org.smartdunning.spark;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.smartdunning.application.DecisionSettings;

/**
 * The platform case on Spark: every creditor's folder decided by a task of its own (creditors
 * never mix), then per creditor its decisions and its model written as Parquet under
 * {@code OUT/decisions/creditor=ID} and {@code OUT/models/creditor=ID}. A re-run replaces the
 * creditors it decides and leaves the others; a rejected folder leaves its creditor's earlier output.
 * With the service's store, each creditor's task also keeps its decisions and model there, in one
 * transaction, before the Parquet is written; a creditor the store refuses gets no Parquet either.
 */
public final class DecideCreditors {
    public static final String DECISIONS = "decisions";
    public static final String MODELS = "models";
    private final SparkSession spark;
    private final DecisionSettings deciding;
    private final Clock clock;

    public DecideCreditors(SparkSession spark, DecisionSettings deciding, Clock clock) {
        this.spark = spark;
        this.deciding = deciding;
        this.clock = clock;
    }

    /**
     * Decides the creditors found in {@code inputs} and writes their output under {@code out} and,
     * when {@code service} names a store, into it too (each creditor's task, one transaction each).
     *
     * @throws IllegalArgumentException when an input is neither a creditor's folder nor a folder of them, or a
     *                                  creditor has two folders: nothing is decided then
     */
    public List<CreditorSummary> run(List<String> inputs, String out, Optional<String> service) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<CreditorFolder> folders = CreditorFolders.find(inputs, hadoop);
        Map<String, String> settings = new HashMap<>();
        hadoop.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
        JavaRDD<CreditorOutcome> outcomes = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(folders, folders.size()) // one slice, so one task, per creditor
                .map(new DecideOneCreditor(deciding, clock, settings, service))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<CreditorSummary> summaries = outcomes.map(CreditorOutcome::summary).collect();
            write(spark.createDataFrame(outcomes.flatMap(o -> o.decisions().iterator()), DecisionRows.SCHEMA), out, DECISIONS);
            write(spark.createDataFrame(outcomes.flatMap(o -> o.models().iterator()), ModelRows.SCHEMA), out, MODELS);
            return summaries;
        } finally {
            outcomes.unpersist(false);
        }
    }

    static void write(Dataset<Row> rows, String out, String name) {
        rows.write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "dynamic")
                .partitionBy(DecisionRows.CREDITOR).parquet(out + "/" + name);
    }
}
