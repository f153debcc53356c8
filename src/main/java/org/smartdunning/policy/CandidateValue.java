package org.smartdunning.policy;

import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;

/** One candidate action for an invoice, with its predicted outcomes and expected value. */
public record CandidateValue(DunningAction action, OutcomeProbabilities outcomes, double value) {
}
