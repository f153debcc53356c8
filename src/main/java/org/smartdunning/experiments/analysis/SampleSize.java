package org.smartdunning.experiments.analysis;

import java.util.List;

/**
 * Invoices an experiment needs in each of two arms, before it starts, to detect a difference with
 * 80% power in a two-sided test at 5%, from the spread of the creditor's dunned invoices whose
 * outcomes are known: for value per invoice n = 2σ²(z₀.₉₇₅ + z₀.₈)² / δ²; for the paid share the
 * two-proportion formula (z₀.₉₇₅ √(2 p̄(1−p̄)) + z₀.₈ √(p₁(1−p₁) + p₂(1−p₂)))² / δ² with p₁ the
 * observed share, p₂ = p₁ + δ and p̄ their mean. Inverse-propensity weighting needs more where the
 * arms' chances are unequal; this is the count under equal allocation.
 *
 * @param basedOn             the dunned invoices with known outcomes it was measured on
 * @param valueSd             their standard deviation of value per invoice; null below two invoices
 * @param valueDifference     the difference in value per invoice to detect
 * @param valueInvoicesPerArm invoices needed per arm; null when it cannot be told
 * @param paidShare           their share paid within the horizon; null without invoices
 * @param paidDifference      the difference in paid share to detect (0.02 is two percentage points)
 * @param paidInvoicesPerArm  invoices needed per arm; null when it cannot be told
 */
public record SampleSize(int basedOn, Double valueSd, double valueDifference, Long valueInvoicesPerArm,
                         Double paidShare, double paidDifference, Long paidInvoicesPerArm) {
    /** The normal quantile of 80% power. */
    static final double Z80 = 0.8416212335729143;

    /** The sample sizes for the two differences, from the spread of {@code dunned}. */
    public static SampleSize of(List<ArmObservation> dunned, double valueDifference, double paidDifference) {
        requireDetectable(valueDifference, paidDifference);
        int n = dunned.size();
        double sum = 0;
        double paid = 0;
        for (ArmObservation o : dunned) {
            sum += o.value();
            paid += o.paidWithinHorizon() ? 1 : 0;
        }
        Double sd = null;
        if (n >= 2) {
            double mean = sum / n;
            double squares = 0;
            for (ArmObservation o : dunned) {
                squares += (o.value() - mean) * (o.value() - mean);
            }
            sd = Math.sqrt(squares / (n - 1));
        }
        Double share = n == 0 ? null : paid / n;
        return new SampleSize(n, sd, valueDifference, sd == null ? null : forMeans(sd, valueDifference), share,
                paidDifference, share == null ? null : forShares(share, paidDifference));
    }

    /** Refuses a difference in value not above 0, or in paid share not between 0 and 1. */
    public static void requireDetectable(double valueDifference, double paidDifference) {
        if (!(valueDifference > 0 && Double.isFinite(valueDifference))) {
            throw new IllegalArgumentException("the difference in value per invoice to detect must be above 0, was "
                    + valueDifference);
        }
        if (!(paidDifference > 0 && paidDifference < 1)) {
            throw new IllegalArgumentException("the difference in paid share to detect must be between 0 and 1 (0.02 is"
                    + " two points), was " + paidDifference);
        }
    }

    /** Per arm, two arms of spread {@code sd}: 2σ²(z₀.₉₇₅ + z₀.₈)² / δ², rounded up. */
    static long forMeans(double sd, double difference) {
        double z = Interval.Z95 + Z80;
        return (long) Math.ceil(2 * sd * sd * z * z / (difference * difference));
    }

    /** Per arm, from share {@code p1} to {@code p1 ± difference} (towards the middle where p1 + δ passes 1). */
    static long forShares(double p1, double difference) {
        double p2 = p1 + difference <= 1 ? p1 + difference : p1 - difference;
        double mean = (p1 + p2) / 2;
        double root = Interval.Z95 * Math.sqrt(2 * mean * (1 - mean)) + Z80 * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return (long) Math.ceil(root * root / (difference * difference));
    }
}
