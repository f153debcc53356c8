package org.smartdunning.cli;

import org.smartdunning.application.DecisionSettings;
import org.smartdunning.experiments.PromotionRule;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.Exploration;
import picocli.CommandLine.Option;

/**
 * Options of the commands that train and decide: the seed of every random choice, exploration, and promotion.
 * Public: the Spark job takes the same options as {@code decide}, so its decisions replay decide's.
 */
public final class PolicyOptions {
    @Option(names = "--seed", defaultValue = "1", description = "seed of training and exploration (default: ${DEFAULT-VALUE}); same seed, same decisions")
    long seed;

    @Option(names = "--explore", defaultValue = "1", paramLabel = "SCALE",
            description = "exploration: 0 = always the best action; 1 (default) = Thompson sampling among the actions that may be best")
    double explore;

    @Option(names = "--cold-start-share", paramLabel = "SHARE", defaultValue = "" + ColdStartExploration.DEFAULT_SHARE,
            description = "largest share of each day's invoices tried on actions the log holds too few of, while the"
                    + " history-rules baseline decides the rest; 0 = off (default: ${DEFAULT-VALUE})")
    double coldStartShare;

    @Option(names = "--cold-start-min", paramLabel = "N", defaultValue = "" + ColdStartExploration.DEFAULT_MIN_LOGGED,
            description = "an action logged with its payment known fewer than N times is thin: the learned models wait"
                    + " and the action is tried (default: ${DEFAULT-VALUE})")
    int coldStartMin;

    @Option(names = "--promotion-margin", paramLabel = "SHARE", defaultValue = "" + PromotionRule.DEFAULT_MARGIN_SHARE,
            description = "a newly trained model goes live only if its off-policy value is, with 95%% confidence, at"
                    + " most this share of the mean invoice amount below the live model's (default: ${DEFAULT-VALUE})")
    double promotionMargin;

    Exploration exploration() {
        return new Exploration(explore, seed);
    }

    ColdStartExploration coldStart() {
        return new ColdStartExploration(coldStartShare, coldStartMin, seed);
    }

    /** The seed, the exploration and the cold start, as the deciding use cases take them. */
    public DecisionSettings decisions() {
        return new DecisionSettings(seed, exploration(), coldStart(), new PromotionRule(promotionMargin));
    }

    /** The exploration, or null after reporting why the options are wrong (checked before any store is opened). */
    public Exploration checked(String command, java.io.PrintWriter err) {
        try {
            new PromotionRule(promotionMargin);
        } catch (IllegalArgumentException e) {
            CommandErrors.report(err, command, new IllegalArgumentException("--promotion-margin " + promotionMargin
                    + ": " + e.getMessage()), false);
            return null;
        }
        try {
            coldStart();
        } catch (IllegalArgumentException e) {
            CommandErrors.report(err, command, new IllegalArgumentException("--cold-start-share " + coldStartShare
                    + " --cold-start-min " + coldStartMin + ": " + e.getMessage()), false);
            return null;
        }
        try {
            return exploration();
        } catch (IllegalArgumentException e) {
            CommandErrors.report(err, command, new IllegalArgumentException("--explore " + explore + ": " + e.getMessage()),
                    false);
            return null;
        }
    }
}
