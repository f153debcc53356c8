package org.smartdunning.policy;

import java.io.Serializable;

/**
 * How much the policy explores: 0 always takes the best action; 1 (the default) samples each
 * action with the probability that it is the best given the model's uncertainty (Thompson
 * sampling), so actions far worse than the best are never tried. The exploration of one invoice
 * is narrowed until the value it gives up, as the policy sees it (after its conservative
 * adjustment towards the reference policy), is at most {@code maxRegretShare} of the invoice
 * amount. Seeded: decisions replay.
 */
public record Exploration(double scale, long seed, double maxRegretShare) implements Serializable {
    public static final Exploration NONE = new Exploration(0, 0, 0);
    /**
     * Default budget: exploring may cost at most 0.25% of the invoice amount in expected value (1%
     * cost 0.3 to 2.6 per invoice in truth on the synthetic worlds, more than the margins between
     * the candidate policies there).
     */
    public static final double DEFAULT_REGRET_SHARE = 0.0025;
    /** Halvings of the uncertainty tried before exploration of an invoice is given up. */
    static final int NARROWINGS = 6;
    /** Draws per decision to estimate the probability that each action is the best. */
    static final int DRAWS = 400;
    /** Actions less likely than this to be the best are not tried at all. */
    static final double MIN_PROPENSITY = 0.01;

    public Exploration {
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("exploration must be a non-negative number, was " + scale);
        }
        if (!(maxRegretShare >= 0) || Double.isInfinite(maxRegretShare)) {
            throw new IllegalArgumentException("exploration budget must be a non-negative number, was " + maxRegretShare);
        }
    }

    public Exploration(double scale, long seed) {
        this(scale, seed, DEFAULT_REGRET_SHARE);
    }

    public boolean off() {
        return scale == 0;
    }
}
