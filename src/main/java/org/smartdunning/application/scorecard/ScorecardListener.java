package org.smartdunning.application.scorecard;

import org.smartdunning.evaluation.ScorecardRow;

/** Progress of the scorecard, cell by cell. */
@FunctionalInterface
public interface ScorecardListener {
    /** The {@code done}-th of {@code total} world × seed cells was measured, in {@code seconds} in all. */
    void measured(int done, int total, ScorecardRow row, double seconds);
}
