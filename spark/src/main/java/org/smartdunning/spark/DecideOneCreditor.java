package org.smartdunning.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.Function;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.decide.DecideListener;
import org.smartdunning.application.decide.FolderDecisions;
import org.smartdunning.application.port.ExportedModel;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.ingest.ImportRejectedException;
import org.smartdunning.config.EnvironmentSecret;
import org.smartdunning.config.MaskedUrl;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.store.Database;
import org.smartdunning.store.StoreBusyException;
import org.smartdunning.store.StoreException;

/**
 * One Spark task: a creditor's folder decided exactly as {@code dunning decide} decides it (the
 * engine's decide use case on an embedded DuckDB store), in a temporary folder of the task that
 * holds the store and, for a folder on a remote file system, its local copy; the folder is
 * removed when the task ends. Nothing of another creditor is ever in reach.
 */
final class DecideOneCreditor implements Function<CreditorFolder, CreditorOutcome> {
    /** The command named in the store's claim, as {@code decide} names itself. */
    static final String COMMAND = "spark decide";
    /** The environment variable holding the service store's password, as for the command line's {@code --db}. */
    static final String DB_PASSWORD = "DUNNING_DB_PASSWORD";
    private final DecisionSettings deciding;
    private final Clock clock;
    /** The driver's Hadoop settings (Configuration itself is not serializable). */
    private final Map<String, String> hadoop;
    /** The service's store the decisions and models also go to; null when they go to Parquet only. */
    private final String service;

    DecideOneCreditor(DecisionSettings deciding, Clock clock, Map<String, String> hadoop, Optional<String> service) {
        this.deciding = deciding;
        this.clock = clock;
        this.hadoop = Map.copyOf(hadoop);
        this.service = service.orElse(null);
    }

    @Override
    public CreditorOutcome call(CreditorFolder folder) throws IOException {
        long start = System.nanoTime();
        java.nio.file.Path work = Files.createTempDirectory("dunning-" + folder.creditor() + "-");
        try {
            java.nio.file.Path data = LocalFolder.of(folder, hadoop, work);
            CreditorId creditor = Engine.folderCreditor(data, Optional.of(new CreditorId(folder.creditor())));
            try (Database database = Database.open("jdbc:duckdb:" + work.resolve("store.duckdb"), creditor)) {
                database.claimFor(COMMAND);
                Engine engine = Engine.on(database, clock);
                SavedModelKey model = new SavedModelKey();
                FolderDecisions decided = engine.decideFolder(deciding, ImportProgress.NONE, model)
                        .run(data, work.resolve("decisions.csv"));
                Optional<ExportedModel> exported = model.key.flatMap(key -> engine.exportModel().of(key));
                if (service != null) {
                    publish(creditor, decided.run(), exported);
                }
                return new CreditorOutcome(folder.creditor(), DecisionRows.of(folder.creditor(), decided.run()),
                        exported.map(m -> List.of(ModelRows.of(folder.creditor(), m))).orElse(List.of()), null,
                        seconds(start));
            }
        } catch (ImportRejectedException e) {
            return CreditorOutcome.rejected(folder.creditor(), "folder rejected, nothing written for it\n" + e.report(),
                    seconds(start));
        } catch (StoreException | StoreBusyException e) {
            return CreditorOutcome.rejected(folder.creditor(), "not written to the service's store, so nothing written"
                    + " for it: " + MaskedUrl.mask(e.getMessage()) + "\n", seconds(start));
        } finally {
            LocalFolder.delete(work);
        }
    }

    /**
     * The creditor's decisions and model into the service's store, one transaction; its password
     * from the executor's environment, as {@code dunning --db} reads it (never in the task's closure).
     */
    private void publish(CreditorId creditor, DecisionRun run, Optional<ExportedModel> model) {
        try (Database store = Database.open(service, creditor, EnvironmentSecret.read(System.getenv(), DB_PASSWORD))) {
            store.claimFor(COMMAND);
            Engine.on(store, clock).publishDecisions().run(run, model);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Hears which saved model decided: trained and saved now, or read back (empty when the learner could not load). */
    static final class SavedModelKey implements DecideListener {
        Optional<String> key = Optional.empty();

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
