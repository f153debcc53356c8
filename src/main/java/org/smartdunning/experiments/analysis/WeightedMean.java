package org.smartdunning.experiments.analysis;

import java.util.List;

/**
 * The Hájek (self-normalised inverse-propensity) mean of one arm: Σ w·y / Σ w over the arm's
 * invoices, w = 1 / propensity, so invoices drawn into the arm with a small chance stand for the
 * many like them that were not. Its standard error is the linearised (sandwich) one,
 * √(n/(n−1) · Σ w²(y − mean)²) / Σ w; with equal propensities these are the plain mean and s/√n.
 * A share's interval is Wilson's score interval at Kish's effective size (Σ w)² / Σ w², which stays
 * within 0 and 1 and does not shrink to a point when no invoice (or every one) had the outcome.
 *
 * @param effectiveN Kish's effective sample size of the weights
 */
record WeightedMean(double mean, double standardError, int n, double effectiveN, boolean share) {
    static WeightedMean of(List<ArmObservation> arm, Metric metric) {
        double weights = 0;
        double squaredWeights = 0;
        double weighted = 0;
        for (ArmObservation o : arm) {
            weights += o.weight();
            squaredWeights += o.weight() * o.weight();
            weighted += o.weight() * metric.of(o);
        }
        int n = arm.size();
        if (n == 0) {
            return new WeightedMean(Double.NaN, Double.NaN, 0, 0, metric.isShare());
        }
        double mean = weighted / weights;
        double squares = 0;
        for (ArmObservation o : arm) {
            double d = o.weight() * (metric.of(o) - mean);
            squares += d * d;
        }
        double se = n < 2 ? Double.NaN : Math.sqrt(squares * n / (n - 1)) / weights;
        return new WeightedMean(mean, se, n, weights * weights / squaredWeights, metric.isShare());
    }

    Interval interval() {
        if (!share || n < 2) {
            return Interval.normal(mean, standardError);
        }
        double z2 = Interval.Z95 * Interval.Z95;
        double centre = (mean + z2 / (2 * effectiveN)) / (1 + z2 / effectiveN);
        double half = Interval.Z95 * Math.sqrt(mean * (1 - mean) / effectiveN + z2 / (4 * effectiveN * effectiveN))
                / (1 + z2 / effectiveN);
        // where none (or every one) had the outcome the bound is 0 (or 1) exactly, not its rounding error
        return new Interval(mean, mean == 0 ? 0 : Math.max(0, centre - half), mean == 1 ? 1 : Math.min(1, centre + half));
    }

    /** This arm less {@code control}: independent samples, so the variances add. */
    Interval minus(WeightedMean control) {
        return Interval.normal(mean - control.mean, Math.hypot(standardError, control.standardError));
    }
}
