package org.smartdunning.economics;

/**
 * What an action is expected to cause for one invoice: payment within the horizon, churn within
 * the churn window, and an invoice-related inquiry.
 */
public record OutcomeProbabilities(double pay, double churn, double inquiry) {
    public OutcomeProbabilities {
        requireProbability("pay", pay);
        requireProbability("churn", churn);
        requireProbability("inquiry", inquiry);
    }

    private static void requireProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("P(" + name + ") must be within [0, 1], was " + p);
        }
    }
}
