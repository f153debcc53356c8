package org.smartdunning.application.decide;

import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.application.summary.PlainSummary;
import org.smartdunning.policy.DecisionRun;

/**
 * A folder's batch decided: the folder as loaded, the run kept in the store, what it means in plain
 * figures against today's process, and how long deciding took.
 */
public record FolderDecisions(LoadedFolder folder, DecisionRun run, PlainSummary summary, double seconds) {
}
