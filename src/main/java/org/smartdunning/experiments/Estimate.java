package org.smartdunning.experiments;

/** A value per invoice with its 95% confidence interval; NaN throughout when it cannot be estimated. */
public record Estimate(double value, double low, double high) {
    /** The two-sided 95% quantile of the standard normal distribution. */
    public static final double Z95 = 1.959963984540054;

    /** The normal-approximation interval {@code value ± 1.96 * standardError}. */
    public static Estimate normal(double value, double standardError) {
        return new Estimate(value, value - Z95 * standardError, value + Z95 * standardError);
    }

    /** No estimate at all. */
    public static Estimate none() {
        return new Estimate(Double.NaN, Double.NaN, Double.NaN);
    }

    /** The standard error the interval was built from (its half-width over 1.96). */
    public double standardError() {
        return (high - low) / (2 * Z95);
    }

    /** Whether the interval contains {@code truth}; false when there is no interval. */
    public boolean covers(double truth) {
        return low <= truth && truth <= high;
    }
}
