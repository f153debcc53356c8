package org.smartdunning.simulation;

import java.time.LocalDate;
import java.util.Objects;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Exploration;
import org.smartdunning.world.WorldParameters;

/**
 * What one learning loop runs: a world, its size and seed, where the creditor's history starts
 * from, the first simulated day, how many months, and the engine's exploration.
 *
 * @param coldStart trying never-logged actions; share 0 turns it off
 */
public record LoopSettings(WorldParameters world, int customers, long seed, Start start, LocalDate from, int months,
                           Exploration exploration, ColdStartExploration coldStart) {
    /** Where the creditor's history starts from. */
    public enum Start {
        /** Only the standard process was ever run: no experiment at all. */
        COLD,
        /** The world preset's randomised experiment of the last 12 months. */
        EXPERIMENT;

        /** The world as its history must be generated for this start. */
        public WorldParameters world(WorldParameters preset) {
            return this == COLD ? preset.withExperimentShare(0) : preset;
        }
    }

    public LoopSettings {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(exploration, "exploration");
        Objects.requireNonNull(coldStart, "coldStart");
        if (customers <= 0) {
            throw new IllegalArgumentException("customers must be positive, was " + customers);
        }
        if (months <= 0) {
            throw new IllegalArgumentException("months must be positive, was " + months);
        }
    }
}
