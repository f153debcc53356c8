package org.smartdunning.spark;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.decide.DecidePart;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.policy.ColdStartExploration;

/**
 * One part of a giant creditor deciding, in a Spark task: its share of the customers ({@link CustomerShare}),
 * then either their open invoices' cold-start trials or their batch decided with the broadcast model
 * ({@link DecidePart}).
 */
final class CustomerPart implements Serializable {
    private final CustomerShare share;
    private final DecisionSettings deciding;
    private final Clock clock;
    private final Broadcast<PortableModel> model;

    CustomerPart(CustomerShare share, DecisionSettings deciding, Clock clock, Broadcast<PortableModel> model) {
        this.share = share;
        this.deciding = deciding;
        this.clock = clock;
        this.model = model;
    }

    /** What trying the thin actions costs on the part's open invoices, for the driver's draw over the whole batch. */
    List<ColdStartExploration.Trial> trials(int part) {
        return share.load(part, loaded -> deciding(loaded).trials(loaded));
    }

    /** The part's batch decided with the whole batch's cold-start draw, as Parquet rows. */
    List<Row> decide(int part, Map<String, ColdStartExploration.Draw> draws) {
        return share.load(part, loaded -> DecisionRows.of(share.folder().creditor(), deciding(loaded).decide(loaded, draws)));
    }

    private DecidePart deciding(LoadedFolder loaded) {
        return new DecidePart(model.value().model(), loaded.settings(), deciding, clock);
    }
}
