package org.smartdunning.application.decide;

import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.policy.DecisionRun;

/** A folder's batch decided: the folder as loaded, the run kept in the store and how long deciding took. */
public record FolderDecisions(LoadedFolder folder, DecisionRun run, double seconds) {
}
