package org.smartdunning.experiments;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How much more one policy earns per invoice than another on the same logged experiment decisions:
 * the doubly robust terms differenced row by row, so what both policies share (the customers, the
 * noise of their outcomes) cancels. Also the smallest difference the experiment can tell apart, so
 * a creditor sees whether its experiment is large enough for the gains it is after.
 *
 * @param policy  the policy valued
 * @param against the policy it is compared with
 * @param dr      the mean difference with its 95% confidence interval
 * @param rows    logged decisions it rests on
 */
public record PairedDifference(String policy, String against, Estimate dr, int rows) {
    /** One-sided 95% normal quantile. */
    static final double Z_ONE_SIDED_95 = 1.6448536269514722;
    /** Normal quantile of 80% power. */
    static final double Z_POWER_80 = 0.8416212335729143;

    /** The difference of {@code policy}'s doubly robust value over {@code against}'s on the logged decisions. */
    public static PairedDifference of(String policy, TargetPolicy target, String against, TargetPolicy baseline,
                                      List<LoggedDecision> logged) {
        return of(policy, RowTerms.of(target, logged).doublyRobust(), against,
                RowTerms.of(baseline, logged).doublyRobust());
    }

    static PairedDifference of(String policy, double[] terms, String against, double[] baseline) {
        if (terms.length != baseline.length) {
            throw new IllegalArgumentException("paired terms must cover the same rows: " + terms.length + " and "
                    + baseline.length);
        }
        double[] difference = new double[terms.length];
        for (int i = 0; i < difference.length; i++) {
            difference[i] = terms[i] - baseline[i];
        }
        Estimate dr = difference.length == 0 ? Estimate.none()
                : Estimate.normal(SampleStats.mean(difference), SampleStats.standardError(difference));
        return new PairedDifference(policy, against, dr, difference.length);
    }

    /** The difference less 1.645 standard errors: above 0 when {@code policy} is better with one-sided 95% confidence. */
    public double lowerBound() {
        return dr.value() - Z_ONE_SIDED_95 * dr.standardError();
    }

    /**
     * The smallest true difference this experiment shows (two-sided 95% interval clear of 0) four
     * times out of five: (1.96 + 0.84) standard errors.
     */
    public double detectable() {
        return (Estimate.Z95 + Z_POWER_80) * dr.standardError();
    }

    /** Logged decisions needed to detect {@code difference} as reliably, at the same spread per decision. */
    public long rowsToDetect(double difference) {
        double ratio = detectable() / Math.abs(difference);
        return (long) Math.ceil(rows * ratio * ratio);
    }

    /**
     * Where {@code policy} is not better with one-sided 95% confidence: says so, and how many logged
     * decisions it would take to tell the difference seen apart; empty where it is better.
     */
    public Optional<String> unresolved() {
        if (lowerBound() > 0) {
            return Optional.empty();
        }
        double seen = Math.max(Math.abs(dr.value()), 0.01);
        return Optional.of(String.format(Locale.ROOT, "%s is not better than %s with 95%% confidence here; telling a"
                + " difference of %.2f per invoice apart takes about %,d closed experiment decisions (%,d now)",
                policy, against, seen, rowsToDetect(seen), rows));
    }

    /** One line per difference: the estimate, its interval and what the experiment can tell apart. */
    public static String format(List<PairedDifference> differences) {
        StringBuilder out = new StringBuilder();
        String row = "%-44s %-30s %12s%n";
        out.append(String.format(Locale.ROOT, row, "difference per invoice", "DR [low, high]", "detectable"));
        for (PairedDifference d : differences) {
            out.append(String.format(Locale.ROOT, row, d.policy() + " - " + d.against(), EstimateTable.cell(d.dr()),
                    Double.isNaN(d.detectable()) ? "n/a" : String.format(Locale.ROOT, "%.2f", d.detectable())));
        }
        return out.toString();
    }
}
