package org.smartdunning.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.port.ExportedModel;
import org.smartdunning.application.train.TrainListener;
import org.smartdunning.application.train.TrainModels;
import org.smartdunning.application.train.TrainedPolicy;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.ImportRejectedException;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.PopulationTally;
import org.smartdunning.models.StandardRowSample;
import org.smartdunning.models.TrainingExample;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.TrainingSet;
import org.smartdunning.store.Database;

/**
 * The giant creditor trained without its history on the driver: each customer part builds its customers' training
 * examples and baseline counts with the engine's code ({@link PartExamples}), the driver gathers the examples (not
 * the history) and learns with the engine's learner, its boosters trained on the cluster by XGBoost4J-Spark
 * ({@link SparkTreeTrainer}); the model is saved in an embedded store of the driver holding nothing else, so it is
 * named, judged and exported as {@code decide}'s.
 */
final class TrainDistributed {
    private TrainDistributed() {
    }

    /**
     * The creditor's model, trained over {@code share}'s parts and XGBoost4J-Spark's workers.
     *
     * @throws ImportRejectedException when the folder breaks the data contract, as the engine's import reports it
     */
    static TrainOnDriver.Trained train(SparkSession spark, CustomerShare share, int parts, DecisionSettings deciding,
                                       Clock clock, java.util.function.Consumer<String> progress) {
        long start = System.nanoTime();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        StandardRowSample sample = TrainOutcomeModels.standardRows(deciding.seed(), parts);
        List<PartExamples> gathered = context.parallelize(IntStream.range(0, parts).boxed().toList(), parts)
                .map(p -> PartExamples.of(share, p, sample)).collect();
        PartExamples first = gathered.get(0);
        if (first.rejection() != null) {
            // every part reads and checks the whole folder, so each rejects it alike
            throw new ImportRejectedException(java.nio.file.Path.of(share.folder().location()),
                    new CreditorId(share.folder().creditor()), first.rejection().problems(), first.rejection().total());
        }
        List<TrainingExample> examples = new ArrayList<>();
        gathered.forEach(part -> examples.addAll(part.examples()));
        PopulationTally tally = gathered.stream().map(PartExamples::tally).reduce(PopulationTally::plus).orElseThrow();
        LocalDate asOf = first.asOf();
        BusinessSettings settings = first.settings();
        // the earliest logged action of all parts: the training window's start, as decide's TrainingSet has it
        LocalDate from = gathered.stream().map(PartExamples::historyFrom).min(Comparator.naturalOrder()).orElseThrow();
        HistoryRulesModel fallback = new HistoryRulesModel(tally.rates(), settings.churnWindowMonths(),
                from, asOf);
        Optional<LocalDate> firstOpenDay = gathered.stream().map(PartExamples::firstOpenDay).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        progress.accept(String.format(java.util.Locale.ROOT, "%s: %,d training examples from %d customer partitions in %.1f s"
                + " (driver's peak heap so far %d MiB)", share.folder().creditor(), examples.size(), parts,
                (System.nanoTime() - start) / 1e9, org.smartdunning.bootstrap.PeakHeap.mebibytes()));
        java.nio.file.Path work = null;
        try {
            work = Files.createTempDirectory("dunning-" + share.folder().creditor() + "-model-");
            try (Database database = Database.open("jdbc:duckdb:" + work.resolve("store.duckdb"),
                    new CreditorId(share.folder().creditor()))) {
                database.claimFor(DecideOneCreditor.COMMAND);
                Engine engine = Engine.on(database, clock, new SparkTreeTrainer(spark, Math.min(parts,
                        spark.sparkContext().defaultParallelism())));
                TrainModels training = engine.trainModels(new TrainListener() { });
                String key = training.trainingKey(first.fingerprint(), asOf, settings, deciding.seed());
                OutcomeModel model;
                Optional<ExportedModel> exported = Optional.empty();
                try {
                    TrainedPolicy trained = training.train(new TrainingSet(examples, from, asOf,
                            gathered.stream().mapToInt(PartExamples::loggedActions).sum(),
                            gathered.stream().mapToInt(PartExamples::standardRows).sum()), fallback, settings,
                            deciding.seed());
                    training.saveAndJudge(key, trained, OffPolicyComparison.Report.NONE, settings, deciding, false);
                    model = trained.outcomes().model();
                    exported = engine.exportModel().of(key);
                } catch (LinkageError e) {
                    // as decide: without the boosting library's native code, the history-rules baseline decides
                    model = fallback;
                }
                return new TrainOnDriver.Trained(model, exported, PortableModel.of(model, exported), firstOpenDay);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot train " + share.folder().creditor() + ": " + e.getMessage(), e);
        } finally {
            if (work != null) {
                LocalFolder.delete(work);
            }
        }
    }
}
