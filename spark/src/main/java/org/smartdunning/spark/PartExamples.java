package org.smartdunning.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.application.decide.DecidePart;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.ingest.ImportProblem;
import org.smartdunning.ingest.ImportRejectedException;
import org.smartdunning.models.PopulationTally;
import org.smartdunning.models.StandardRowSample;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.models.TrainingExample;
import org.smartdunning.models.TrainingSet;

/**
 * What one part of a giant creditor gives the training, from its share of the customers alone: their logged
 * actions as training examples (features as of each action, labels; a customer's facts all live in its part), the
 * counts behind the history-rules baseline's creditor-wide rates, and what the driver needs to name the model (the
 * folder's import fingerprint and day, its settings).
 *
 * @param historyFrom   the part's earliest dunning action before the day (the day when none)
 * @param firstOpenDay  the part's first open batch invoice's day; null when it has none
 * @param rejection     why the engine's import rejected the folder, the rest null; null when it imported it
 */
record PartExamples(List<TrainingExample> examples, int loggedActions, int standardRows, PopulationTally tally,
                    LocalDate historyFrom,
                    LocalDate firstOpenDay, BusinessSettings settings, String fingerprint, LocalDate asOf,
                    Rejection rejection) implements Serializable {

    /** The import's problems (the first listed ones) and their number, to be reported on the driver as decide reports them. */
    record Rejection(List<ImportProblem> problems, long total) implements Serializable {
    }

    /** The part's share loaded and its examples built, or the folder's rejection. */
    static PartExamples of(CustomerShare share, int part, StandardRowSample sample) {
        try {
            return share.load(part, mine -> of(mine, sample));
        } catch (ImportRejectedException e) {
            return new PartExamples(null, 0, 0, null, null, null, null, null, null,
                    new Rejection(new ArrayList<>(e.problems()), e.total()));
        }
    }

    /** The engine's own training set and baseline counts on the part's loaded share. */
    private static PartExamples of(LoadedFolder mine, StandardRowSample sample) {
        LocalDate asOf = mine.receipt().asOf();
        TrainingSet set = TrainingSet.of(mine.history(), asOf, mine.settings(), sample);
        return new PartExamples(new ArrayList<>(set.examples()), set.loggedActions(), set.standardRows(),
                PopulationTally.count(mine.history(), asOf, mine.settings().horizonDays()),
                TrainOutcomeModels.historyFrom(mine.history(), asOf), DecidePart.firstOpenDay(mine).orElse(null),
                mine.settings(), mine.receipt().fingerprint(), asOf, null);
    }
}
