package org.smartdunning.application.daily;

import java.time.LocalDate;
import org.smartdunning.application.folder.FolderListener;
import org.smartdunning.application.train.TrainListener;
import org.smartdunning.channels.DispatchReport;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.workflow.DailyPlan;

/** Progress of a day of the process; every event does nothing unless a door listens. */
public interface DayListener extends FolderListener, TrainListener {
    /** The live model decides the day (until the next retraining). */
    default void dayModelUsed(LearnedOutcomeModel model) {
    }

    /** The boosting library cannot load here: the history-rules baseline decides the day. */
    default void dayLearnerUnavailable(LinkageError e) {
    }

    default void planned(LocalDate day, DailyPlan plan, double seconds) {
    }

    default void dispatched(LocalDate day, DispatchReport report) {
    }
}
