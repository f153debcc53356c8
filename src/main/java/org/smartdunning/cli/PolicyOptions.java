package org.smartdunning.cli;

import org.smartdunning.policy.Exploration;
import picocli.CommandLine.Option;

/** Options of the commands that train and decide: the seed of every random choice, and exploration. */
final class PolicyOptions {
    @Option(names = "--seed", defaultValue = "1", description = "seed of training and exploration (default: ${DEFAULT-VALUE}); same seed, same decisions")
    long seed;

    @Option(names = "--explore", defaultValue = "1", paramLabel = "SCALE",
            description = "exploration: 0 = always the best action; 1 (default) = Thompson sampling among the actions that may be best")
    double explore;

    Exploration exploration() {
        return new Exploration(explore, seed);
    }

    /** The exploration, or null after reporting why the options are wrong (checked before any store is opened). */
    Exploration checked(String command, java.io.PrintWriter err) {
        try {
            return exploration();
        } catch (IllegalArgumentException e) {
            CommandErrors.report(err, command, new IllegalArgumentException("--explore " + explore + ": " + e.getMessage()),
                    false);
            return null;
        }
    }
}
