package org.smartdunning.experiments;

import java.util.EnumMap;
import java.util.Map;
import org.smartdunning.history.DunningAction;

/**
 * One decision logged in a randomised experiment: the action taken, the probability with which
 * the logging policy took it, its realised value, and an outcome model's out-of-fold predictions.
 *
 * @param loggedAction    the action the logging policy took
 * @param propensity      the logging policy's probability of that action, in (0, 1]
 * @param reward          the realised value of the decision by the contract formula
 * @param predictedReward cross-fitted predicted value of each allowed action (used by DR); may
 *                        lack actions that were not allowed, or be empty when there is no model
 */
public record LoggedDecision(DunningAction loggedAction, double propensity, double reward,
                             Map<DunningAction, Double> predictedReward) {
    public LoggedDecision {
        if (loggedAction == null) {
            throw new IllegalArgumentException("logged action is missing");
        }
        // a zero propensity means the action could not have been logged: the row is corrupt, not rare
        if (!(propensity > 0 && propensity <= 1)) {
            throw new IllegalArgumentException("propensity must be within (0, 1], was " + propensity);
        }
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward must be a finite number, was " + reward);
        }
        EnumMap<DunningAction, Double> copy = new EnumMap<>(DunningAction.class);
        if (predictedReward != null) {
            predictedReward.forEach((action, value) -> {
                if (action == null || value == null || !Double.isFinite(value)) {
                    throw new IllegalArgumentException("predicted reward must be finite for every action, was "
                            + action + "=" + value);
                }
                copy.put(action, value);
            });
        }
        predictedReward = Map.copyOf(copy);
    }

    /** A logged decision without outcome-model predictions; DR then equals IPS for it. */
    public LoggedDecision(DunningAction loggedAction, double propensity, double reward) {
        this(loggedAction, propensity, reward, Map.of());
    }
}
