package org.smartdunning.application.decide;

import java.nio.file.Path;
import org.smartdunning.application.folder.FolderListener;
import org.smartdunning.application.train.TrainListener;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.DecisionRun;

/** Progress of deciding a folder, its loading and training included; every event does nothing unless a door listens. */
public interface DecideListener extends FolderListener, TrainListener {
    /** Some actions are logged too rarely to learn from: the baseline decides and cold start tries them. */
    default void thinActions(DecidingModel deciding, ColdStartExploration coldStart) {
    }

    default void decided(DecisionRun run, double seconds) {
    }

    default void decisionsWritten(Path file) {
    }
}
