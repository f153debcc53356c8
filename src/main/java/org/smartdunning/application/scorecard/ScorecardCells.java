package org.smartdunning.application.scorecard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.smartdunning.application.decide.DecideListener;
import org.smartdunning.application.port.CreditorStore;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.world.WorldParameters;

/** Port: the scorecard's working folder, one cell per world × seed with its data, store and log. */
public interface ScorecardCells {
    /** The cell's folder, emptied of an earlier run's files. */
    Path emptied(String world, long seed);

    /** Writes a synthetic creditor's data folder with its hidden truth. */
    void generate(Path data, WorldParameters world, LocalDate asOf, long seed, int customers);

    /** A fresh store in the cell, and the decide job's log there. */
    Store open(Path cell);

    /** The decisions of a decisions file, checked against the batch of the truth. */
    Map<InvoiceId, DunningAction> decisions(Path file, List<TruthCase> truth);

    /** A cell's own store and log, closed together. */
    interface Store extends AutoCloseable {
        CreditorStore store();

        DecideListener log();

        @Override
        void close();
    }
}
