package org.smartdunning.application.train;

import org.smartdunning.application.folder.FolderListener;

/** Progress of training and assessing a folder's models; every event does nothing unless a door listens. */
public interface AssessListener extends FolderListener, TrainListener {
    /** The assessment, made before the model is saved with it. */
    default void assessed(ModelAssessment assessment) {
    }
}
