package org.smartdunning.application;

import java.io.Serializable;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Exploration;

/**
 * How a deciding use case trains and explores: the seed of every random choice, the exploration
 * and the cold-start exploration of thin actions. Serializable: a Spark task receives them as decide does.
 */
public record DecisionSettings(long seed, Exploration exploration, ColdStartExploration coldStart) implements Serializable {
}
