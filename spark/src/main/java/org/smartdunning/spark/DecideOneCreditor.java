package org.smartdunning.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.api.java.function.Function;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.decide.DecideListener;
import org.smartdunning.application.decide.FolderDecisions;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.ingest.ImportRejectedException;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.store.Database;

/**
 * One Spark task: a creditor's folder decided exactly as {@code dunning decide} decides it (the
 * engine's decide use case on an embedded DuckDB store), in a temporary folder of the task that
 * holds the store and, for a folder on a remote file system, its local copy; the folder is
 * removed when the task ends. Nothing of another creditor is ever in reach.
 */
final class DecideOneCreditor implements Function<CreditorFolder, CreditorOutcome> {
    /** The command named in the store's claim, as {@code decide} names itself. */
    static final String COMMAND = "spark decide";
    private final DecisionSettings deciding;
    private final Clock clock;
    /** The driver's Hadoop settings (Configuration itself is not serializable). */
    private final Map<String, String> hadoop;

    DecideOneCreditor(DecisionSettings deciding, Clock clock, Map<String, String> hadoop) {
        this.deciding = deciding;
        this.clock = clock;
        this.hadoop = Map.copyOf(hadoop);
    }

    @Override
    public CreditorOutcome call(CreditorFolder folder) throws IOException {
        long start = System.nanoTime();
        java.nio.file.Path work = Files.createTempDirectory("dunning-" + folder.creditor() + "-");
        try {
            java.nio.file.Path data = local(folder, work);
            CreditorId creditor = Engine.folderCreditor(data, Optional.of(new CreditorId(folder.creditor())));
            try (Database database = Database.open("jdbc:duckdb:" + work.resolve("store.duckdb"), creditor)) {
                database.claimFor(COMMAND);
                Engine engine = Engine.on(database, clock);
                SavedModelKey model = new SavedModelKey();
                FolderDecisions decided = engine.decideFolder(deciding, ImportProgress.NONE, model)
                        .run(data, work.resolve("decisions.csv"));
                return new CreditorOutcome(folder.creditor(), DecisionRows.of(folder.creditor(), decided.run()),
                        model.key.flatMap(key -> engine.exportModel().of(key))
                                .map(exported -> List.of(ModelRows.of(folder.creditor(), exported))).orElse(List.of()),
                        null, seconds(start));
            }
        } catch (ImportRejectedException e) {
            return CreditorOutcome.rejected(folder.creditor(), e.report(), seconds(start));
        } finally {
            delete(work);
        }
    }

    /** The folder as a local path: itself on a local file system, else copied into the task's folder. */
    private java.nio.file.Path local(CreditorFolder folder, java.nio.file.Path work) throws IOException {
        Path source = new Path(folder.location());
        Configuration configuration = new Configuration();
        hadoop.forEach(configuration::set);
        FileSystem fs = source.getFileSystem(configuration);
        if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
            return java.nio.file.Path.of(fs.makeQualified(source).toUri());
        }
        java.nio.file.Path copy = work.resolve("data");
        fs.copyToLocalFile(false, source, new Path(copy.toUri()), true);
        return copy;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void delete(java.nio.file.Path folder) {
        try (Stream<java.nio.file.Path> paths = Files.walk(folder)) {
            for (java.nio.file.Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the task's folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Hears which saved model decided: trained and saved now, or read back (empty when the learner could not load). */
    private static final class SavedModelKey implements DecideListener {
        private Optional<String> key = Optional.empty();

        @Override
        public void saved(LearnedOutcomeModel model, String trainingKey) {
            key = Optional.of(trainingKey);
        }

        @Override
        public void savedModelUsed(LearnedOutcomeModel model, String trainingKey, double seconds) {
            key = Optional.of(trainingKey);
        }
    }
}
