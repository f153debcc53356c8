package org.smartdunning.models;

import org.smartdunning.history.DunningAction;

/**
 * The three outcome models of one action, each null when the history holds too little of that
 * action to learn it (the fallback model answers then).
 *
 * @param rows logged actions of this kind that were used
 */
public record ArmModels(DunningAction action, CrossFittedModel pay, PooledChurn churn, CrossFittedModel inquiry,
                        int rows) {

    public boolean complete() {
        return pay != null && churn != null && inquiry != null;
    }
}
