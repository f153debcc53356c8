package org.smartdunning.world;

import org.smartdunning.history.DunningAction;

/**
 * What the creditor's logging policy did with an overdue invoice, as written to dunning_events.csv.
 *
 * @param experiment empty outside the experiment
 * @param arm        empty outside the experiment
 */
public record LoggedAction(DunningAction action, String experiment, String arm, double propensity) {
}
