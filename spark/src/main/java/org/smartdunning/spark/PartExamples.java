package org.smartdunning.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.application.decide.DecidePart;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.models.PopulationTally;
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
 */
record PartExamples(List<TrainingExample> examples, PopulationTally tally, LocalDate historyFrom,
                    LocalDate firstOpenDay, BusinessSettings settings, String fingerprint, LocalDate asOf)
        implements Serializable {

    /** The engine's own training set and baseline counts on the part's loaded share. */
    static PartExamples of(LoadedFolder mine) {
        LocalDate asOf = mine.receipt().asOf();
        TrainingSet set = TrainingSet.of(mine.history(), asOf, mine.settings());
        return new PartExamples(new ArrayList<>(set.examples()),
                PopulationTally.count(mine.history(), asOf, mine.settings().horizonDays()),
                TrainOutcomeModels.historyFrom(mine.history(), asOf), DecidePart.firstOpenDay(mine).orElse(null),
                mine.settings(), mine.receipt().fingerprint(), asOf);
    }
}
