package org.smartdunning.experiments.analysis;

/**
 * A figure with its 95% interval; the bounds null when no spread can be seen (one invoice), all three
 * when nothing can be estimated (no invoice), so a report never shows NaN.
 */
public record Interval(Double estimate, Double low, Double high) {
    /** The two-sided 95% quantile of the standard normal distribution. */
    public static final double Z95 = 1.959963984540054;
    private static final Interval NONE = new Interval(null, null, null);

    /** {@code estimate ± 1.96 standardError}; without bounds when the error is not a finite number. */
    public static Interval normal(double estimate, double standardError) {
        if (!Double.isFinite(estimate)) {
            return NONE;
        }
        if (!Double.isFinite(standardError)) {
            return new Interval(estimate, null, null);
        }
        return new Interval(estimate, estimate - Z95 * standardError, estimate + Z95 * standardError);
    }

    public static Interval none() {
        return NONE;
    }

    /** Whether there is an interval and it lies wholly above or wholly below 0. */
    public boolean excludesZero() {
        return low != null && (low > 0 || high < 0);
    }

    /** Whether there is an interval and it holds {@code value}. */
    public boolean covers(double value) {
        return low != null && low <= value && value <= high;
    }
}
