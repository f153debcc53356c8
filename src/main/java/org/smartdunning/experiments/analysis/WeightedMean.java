package org.smartdunning.experiments.analysis;

import java.util.List;

/**
 * The Hájek (self-normalised inverse-propensity) mean of one arm: Σ w·y / Σ w over the arm's
 * invoices, w = 1 / propensity, so invoices drawn into the arm with a small chance stand for the
 * many like them that were not. Its standard error is the linearised (sandwich) one,
 * √(n/(n−1) · Σ w²(y − mean)²) / Σ w; with equal propensities these are the plain mean and s/√n.
 */
record WeightedMean(double mean, double standardError, int n) {
    static WeightedMean of(List<ArmObservation> arm, Metric metric) {
        double weights = 0;
        double weighted = 0;
        for (ArmObservation o : arm) {
            weights += o.weight();
            weighted += o.weight() * metric.of(o);
        }
        int n = arm.size();
        if (n == 0) {
            return new WeightedMean(Double.NaN, Double.NaN, 0);
        }
        double mean = weighted / weights;
        double squares = 0;
        for (ArmObservation o : arm) {
            double d = o.weight() * (metric.of(o) - mean);
            squares += d * d;
        }
        double se = n < 2 ? Double.NaN : Math.sqrt(squares * n / (n - 1)) / weights;
        return new WeightedMean(mean, se, n);
    }

    Interval interval() {
        return Interval.normal(mean, standardError);
    }

    /** This arm less {@code control}: independent samples, so the variances add. */
    Interval minus(WeightedMean control) {
        return Interval.normal(mean - control.mean, Math.hypot(standardError, control.standardError));
    }
}
