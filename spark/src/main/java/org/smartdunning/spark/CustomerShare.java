package org.smartdunning.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.smartdunning.application.folder.FolderListener;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.CustomerId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.store.Database;

/**
 * A giant creditor's customers of one part, in a Spark task: those whose id hashes to the part, imported by the
 * engine from the creditor's folder (it reads and checks the whole folder, keeps only those customers' rows) into
 * an embedded store in a temporary folder of the task, loaded back as {@code decide} loads a history, worked on,
 * and removed.
 */
final class CustomerShare implements Serializable {
    private final CreditorFolder folder;
    private final int parts;
    private final Clock clock;
    /** The driver's Hadoop settings (Configuration itself is not serializable). */
    private final Map<String, String> hadoop;

    CustomerShare(CreditorFolder folder, int parts, Clock clock, Map<String, String> hadoop) {
        this.folder = folder;
        this.parts = parts;
        this.clock = clock;
        this.hadoop = Map.copyOf(hadoop);
    }

    /** The part a customer belongs to: its id's hash (String's, the same on every JVM) modulo the parts. */
    static int of(CustomerId customer, int parts) {
        return Math.floorMod(customer.value().hashCode(), parts);
    }

    CreditorFolder folder() {
        return folder;
    }

    /** {@code work} on the part's share of the creditor's history and batch, loaded in a store of the task's own. */
    <T> T load(int part, Function<LoadedFolder, T> work) {
        java.nio.file.Path temp = null;
        try {
            temp = Files.createTempDirectory("dunning-" + folder.creditor() + "-part" + part + "-");
            java.nio.file.Path data = LocalFolder.of(folder, hadoop, temp);
            CreditorId creditor = Engine.folderCreditor(data, Optional.of(new CreditorId(folder.creditor())));
            try (Database database = Database.open("jdbc:duckdb:" + temp.resolve("store.duckdb"), creditor)) {
                database.claimFor(DecideOneCreditor.COMMAND);
                LoadedFolder mine = Engine.on(database, clock).loadFolder(ImportProgress.NONE, new FolderListener() { })
                        .share(customer -> of(customer, parts) == part).load(data);
                return work.apply(mine);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("part " + part + " of " + folder.creditor() + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                LocalFolder.delete(temp);
            }
        }
    }
}
