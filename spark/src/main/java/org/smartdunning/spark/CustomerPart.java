package org.smartdunning.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.decide.DecidePart;
import org.smartdunning.application.folder.FolderListener;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.CustomerId;
import org.smartdunning.ingest.ImportProgress;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.store.Database;

/**
 * One part of a giant creditor, in a Spark task: the customers whose id hashes to the part, imported
 * by the engine from the creditor's folder (it reads and checks the whole folder, keeps only those
 * customers' rows) into an embedded store in a temporary folder of the task, then either their open
 * invoices' cold-start trials or their batch decided with the broadcast model ({@link DecidePart}).
 */
final class CustomerPart implements Serializable {
    private final CreditorFolder folder;
    private final int parts;
    private final DecisionSettings deciding;
    private final Clock clock;
    /** The driver's Hadoop settings (Configuration itself is not serializable). */
    private final Map<String, String> hadoop;
    private final Broadcast<PortableModel> model;

    CustomerPart(CreditorFolder folder, int parts, DecisionSettings deciding, Clock clock, Map<String, String> hadoop,
                 Broadcast<PortableModel> model) {
        this.folder = folder;
        this.parts = parts;
        this.deciding = deciding;
        this.clock = clock;
        this.hadoop = Map.copyOf(hadoop);
        this.model = model;
    }

    /** The part a customer belongs to: its id's hash (String's, the same on every JVM) modulo the parts. */
    static int of(CustomerId customer, int parts) {
        return Math.floorMod(customer.value().hashCode(), parts);
    }

    /** What trying the thin actions costs on the part's open invoices, for the driver's draw over the whole batch. */
    List<ColdStartExploration.Trial> trials(int part) {
        return on(part, (decide, loaded) -> decide.trials(loaded));
    }

    /** The part's batch decided with the whole batch's cold-start draw, as Parquet rows. */
    List<Row> decide(int part, Map<String, ColdStartExploration.Draw> draws) {
        return on(part, (decide, loaded) -> DecisionRows.of(folder.creditor(), decide.decide(loaded, draws)));
    }

    private <T> T on(int part, java.util.function.BiFunction<DecidePart, LoadedFolder, T> work) {
        java.nio.file.Path temp = null;
        try {
            temp = Files.createTempDirectory("dunning-" + folder.creditor() + "-part" + part + "-");
            java.nio.file.Path data = LocalFolder.of(folder, hadoop, temp);
            CreditorId creditor = Engine.folderCreditor(data, Optional.of(new CreditorId(folder.creditor())));
            try (Database database = Database.open("jdbc:duckdb:" + temp.resolve("store.duckdb"), creditor)) {
                database.claimFor(DecideOneCreditor.COMMAND);
                LoadedFolder mine = Engine.on(database, clock).loadFolder(ImportProgress.NONE, new FolderListener() { })
                        .share(customer -> of(customer, parts) == part).load(data);
                return work.apply(new DecidePart(model.value().model(), mine.settings(), deciding, clock), mine);
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
