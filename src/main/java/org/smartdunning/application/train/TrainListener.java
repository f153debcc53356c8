package org.smartdunning.application.train;

import org.smartdunning.experiments.LoggedExperiment;
import org.smartdunning.experiments.PromotionVerdict;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.TrainedOutcomes;

/** Progress of training or reusing outcome models; every event does nothing unless a door listens. */
public interface TrainListener {
    /** A model saved under the same training key was read back instead of training again. */
    default void savedModelUsed(LearnedOutcomeModel model, String trainingKey, double seconds) {
    }

    /** The live model decides: the one just trained or found under the training key did not go live. */
    default void liveModelUsed(LearnedOutcomeModel model, String trainingKey) {
    }

    /** A caveat of the training, e.g. an action logged too rarely to learn from. */
    default void note(String note) {
    }

    default void trained(TrainedOutcomes trained, double seconds) {
    }

    /** The reference policy the learned one improves on, chosen on the logged experiment. */
    default void referenceChosen(ReferenceChoice reference, LoggedExperiment log, double seconds) {
    }

    default void saved(LearnedOutcomeModel model, String trainingKey) {
    }

    /** Whether the model just saved went live or the live one stays, and why. */
    default void promotion(PromotionVerdict verdict) {
    }

    /** The boosting library cannot load here: the history-rules baseline decides instead. */
    default void learnerUnavailable(LinkageError e) {
    }
}
