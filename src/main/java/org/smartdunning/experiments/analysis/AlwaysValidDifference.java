package org.smartdunning.experiments.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Runs a {@link ConfidenceSequence} over an experiment's closed invoices in the order their outcomes
 * became known, on the augmented inverse-propensity pseudo-outcome of "arm less control":
 * φ = m_a − m_c + [arm] (y − m_a)/p − [control] (y − m_c)/p, where m_a and m_c are the two arms'
 * weighted means of the invoices known before this one. Its mean is the difference whatever m_a and
 * m_c are, since they are fixed before the invoice's arm is drawn (for invoices either arm could
 * have been drawn for); they only shrink the spread.
 */
final class AlwaysValidDifference {
    private AlwaysValidDifference() {
    }

    /**
     * @param ordered the experiment's closed invoices in the order their outcomes became known
     * @param words   the metric in plain words for the verdict, e.g. "value per invoice"
     */
    static SequentialTest of(List<ArmObservation> ordered, String arm, String control, Metric metric, String key,
                             String words) {
        ConfidenceSequence sequence = new ConfidenceSequence(SequentialTest.PLANNED_INVOICES);
        double[] weights = new double[2];
        double[] sums = new double[2];
        int[] counts = new int[2];
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        LocalDate resolvedOn = null;
        double pooled = 0;
        int seen = 0;
        for (ArmObservation o : ordered) {
            // before an arm has an invoice, the mean of every earlier one stands in: also fixed in advance
            double ma = weights[0] > 0 ? sums[0] / weights[0] : pooled;
            double mc = weights[1] > 0 ? sums[1] / weights[1] : pooled;
            double phi = ma - mc;
            double y = metric.of(o);
            pooled += (y - pooled) / ++seen;
            int side = o.arm().equals(arm) ? 0 : o.arm().equals(control) ? 1 : -1;
            if (side >= 0) {
                phi += (side == 0 ? 1 : -1) * (y - (side == 0 ? ma : mc)) * o.weight();
                weights[side] += o.weight();
                sums[side] += o.weight() * y;
                counts[side]++;
            }
            sequence.add(phi);
            if (counts[0] >= SequentialTest.MIN_PER_ARM && counts[1] >= SequentialTest.MIN_PER_ARM) {
                low = Math.max(low, sequence.mean() - sequence.radius());
                high = Math.min(high, sequence.mean() + sequence.radius());
                if (resolvedOn == null && (low > 0 || high < 0)) {
                    resolvedOn = o.knownOn();
                }
            }
        }
        if (Double.isInfinite(low)) {
            return new SequentialTest(key, Interval.none(), sequence.count(), null, false, String.format(Locale.ROOT,
                    "not yet resolved: %s and %s need %d closed invoices each", arm, control, SequentialTest.MIN_PER_ARM));
        }
        Interval interval = new Interval(sequence.mean(), low, high);
        boolean resolved = low > 0 || high < 0;
        String verdict = !resolved ? "not yet resolved"
                : String.format(Locale.ROOT, "%s beats %s on %s, always-valid 95%%: stop may be called",
                        low > 0 ? arm : control, low > 0 ? control : arm, words);
        return new SequentialTest(key, interval, sequence.count(), resolvedOn, resolved, verdict);
    }
}
