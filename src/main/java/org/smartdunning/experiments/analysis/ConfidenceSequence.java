package org.smartdunning.experiments.analysis;

/**
 * A running 95% confidence sequence for the mean of a stream of numbers: an interval after every
 * number such that, with 95% probability, all of them hold the mean at once, so it may be looked at
 * as often as one likes. The asymptotic confidence sequence of Waudby-Smith, Arnold, Wu, Howard and
 * Ramdas ("Time-uniform central limit theory and asymptotic confidence sequences", Annals of
 * Statistics 2024) with the two-sided normal-mixture boundary of Howard, Ramdas, McAuliffe and
 * Sekhon (2021): mean ± σ̂ √( 2(tρ²+1)/(t²ρ²) · ln(√(tρ²+1)/α) ), σ̂² the running variance.
 */
final class ConfidenceSequence {
    static final double ALPHA = 0.05;
    private final double rhoSquared;
    private int t;
    private double mean;
    private double squares;

    /** Tightest around {@code plannedCount} numbers (the paper's choice of ρ); valid at every count. */
    ConfidenceSequence(int plannedCount) {
        double l = -2 * Math.log(ALPHA);
        this.rhoSquared = (l + Math.log(l + 1)) / plannedCount;
    }

    void add(double x) {
        t++;
        double delta = x - mean;
        mean += delta / t;
        squares += delta * (x - mean);
    }

    int count() {
        return t;
    }

    double mean() {
        return mean;
    }

    /** Half the interval's width now; NaN before two numbers. */
    double radius() {
        if (t < 2) {
            return Double.NaN;
        }
        double sd = Math.sqrt(squares / t);
        double tr = t * rhoSquared;
        return sd * Math.sqrt(2 * (tr + 1) / (t * tr) * Math.log(Math.sqrt(tr + 1) / ALPHA));
    }
}
