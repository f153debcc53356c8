package org.smartdunning.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.decide.DecidePart;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.application.port.ExportedModel;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.store.Database;

/**
 * The giant creditor's driver side: the whole folder imported into an embedded store in a temporary
 * folder and loaded, the model trained as {@code decide} trains it (the engine's train code, the same
 * training key), exported, and the store removed; only the model and the batch's first open day are kept.
 */
final class TrainOnDriver {
    private TrainOnDriver() {
    }

    /** The driver's part: the whole folder imported and loaded, the model trained as decide trains it, and exported. */
    static Trained train(CreditorFolder folder, Map<String, String> hadoop, DecisionSettings deciding, Clock clock) {
        java.nio.file.Path work = null;
        try {
            work = Files.createTempDirectory("dunning-" + folder.creditor() + "-driver-");
            java.nio.file.Path data = LocalFolder.of(folder, hadoop, work);
            CreditorId creditor = Engine.folderCreditor(data, Optional.of(new CreditorId(folder.creditor())));
            try (Database database = Database.open("jdbc:duckdb:" + work.resolve("store.duckdb"), creditor)) {
                database.claimFor(DecideOneCreditor.COMMAND);
                Engine engine = Engine.on(database, clock);
                DecideOneCreditor.SavedModelKey key = new DecideOneCreditor.SavedModelKey();
                LoadedFolder whole = engine.loadFolder(ImportProgress.NONE, key).load(data);
                OutcomeModel model = engine.trainModels(key).forDecisions(whole, deciding);
                Optional<ExportedModel> exported = key.key.flatMap(k -> engine.exportModel().of(k));
                return new Trained(model, exported, PortableModel.of(model, exported), DecidePart.firstOpenDay(whole));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + folder.location() + ": " + e.getMessage(), e);
        } finally {
            if (work != null) {
                LocalFolder.delete(work);
            }
        }
    }

    /** What the driver keeps of its part: the model (not the history), its export and broadcast form, and the batch's first open day. */
    record Trained(OutcomeModel model, Optional<ExportedModel> exported, PortableModel portable,
                   Optional<LocalDate> firstOpenDay) {
    }
}
