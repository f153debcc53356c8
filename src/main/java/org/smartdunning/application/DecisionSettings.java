package org.smartdunning.application;

import java.io.Serializable;
import org.smartdunning.experiments.PromotionRule;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Exploration;

/**
 * How a deciding use case trains and explores: the seed of every random choice, the exploration,
 * the cold-start exploration of thin actions, and when a newly trained model replaces the live one.
 * Serializable: a Spark task receives them as decide does.
 */
public record DecisionSettings(long seed, Exploration exploration, ColdStartExploration coldStart,
                               PromotionRule promotion) implements Serializable {
    /** With the default promotion rule. */
    public DecisionSettings(long seed, Exploration exploration, ColdStartExploration coldStart) {
        this(seed, exploration, coldStart, PromotionRule.DEFAULT);
    }
}
