package org.smartdunning.policy;

import java.util.Locale;

/**
 * Safe policy improvement on one invoice (SPIBB with a confidence bound): an action may replace
 * the reference policy's action only where the models learned from enough logged rows of both
 * actions among invoices like this one ({@code minSupport}; where the data are thin the models'
 * advantage is extrapolation, and the reference's action stays), and there only when its advantage
 * exceeds {@code threshold} times the models' uncertainty about it (how far the two cross-fitted
 * halves disagree on it). Each action is judged by the lower bound of its advantage; the
 * reference's action by its own value.
 *
 * @param values     per candidate, its value as the safe policy sees it: the reference's action its
 *                   expected value, every other action its value less {@code threshold} times the
 *                   uncertainty of its advantage, and no more than the reference's where its data are
 *                   thin (the expected value itself without a reference)
 * @param chosen     index of the candidate of highest {@code values}: the reference's action unless
 *                   another is clearly better on enough data
 * @param best       index of the candidate of highest expected value
 * @param reference  index of the reference's action; -1 when there is no reference
 * @param advantage  per candidate, its expected value minus the reference action's (0 without a reference)
 * @param spread     per candidate, the uncertainty of that advantage (0 without a reference)
 * @param support    per candidate, logged rows of its action among similar invoices; null when not counted
 * @param minSupport fewest such rows of both actions for the models' advantage to count
 */
record ConservativeChoice(double[] values, int chosen, int best, int reference, double[] advantage,
                          double[] spread, int[] support, int minSupport) {

    /** Without support counts: only the confidence bound. */
    static ConservativeChoice of(double[] expected, double[][] halves, double[] sigma, int reference,
                                 double threshold) {
        return of(expected, halves, sigma, null, reference, threshold, 0);
    }

    /**
     * @param expected  per candidate, its expected value (both halves' mean)
     * @param halves    per candidate, its value under each cross-fitted half; null when the model has no halves
     * @param sigma     per candidate, the uncertainty of its value, for the advantage's when there are no halves
     * @param support   per candidate, logged rows of its action among similar invoices; null when not counted
     * @param reference index of the reference's action, -1 for none
     */
    static ConservativeChoice of(double[] expected, double[][] halves, double[] sigma, int[] support, int reference,
                                 double threshold, int minSupport) {
        int n = expected.length;
        int best = 0;
        for (int i = 1; i < n; i++) {
            best = expected[i] > expected[best] ? i : best; // ties go to the earlier, gentler action
        }
        double[] advantage = new double[n];
        double[] spread = new double[n];
        if (reference < 0) {
            return new ConservativeChoice(expected.clone(), best, best, reference, advantage, spread, support, minSupport);
        }
        ConservativeChoice partial = new ConservativeChoice(null, reference, best, reference, advantage, spread,
                support, minSupport);
        double[] values = new double[n];
        int chosen = reference;
        for (int i = 0; i < n; i++) {
            advantage[i] = expected[i] - expected[reference];
            spread[i] = i == reference ? 0 : spread(halves, sigma, i, reference);
            values[i] = i == reference ? expected[i] : expected[i] - threshold * spread[i];
            if (i != reference && partial.thin(i)) {
                // may still be explored, but never preferred: a tie goes to the reference
                values[i] = Math.min(values[i], expected[reference]);
            }
        }
        for (int i = 0; i < n; i++) {
            chosen = values[i] > values[chosen] ? i : chosen; // the reference keeps its action on a tie
        }
        return new ConservativeChoice(values, chosen, best, reference, advantage, spread, support, minSupport);
    }

    /** Half the difference of the advantage between the halves; without halves the two values' spreads combined. */
    private static double spread(double[][] halves, double[] sigma, int i, int reference) {
        if (halves == null) {
            return Math.hypot(sigma[i], sigma[reference]);
        }
        double first = halves[i][0] - halves[reference][0];
        double second = halves[i][1] - halves[reference][1];
        return Math.abs(first - second) / 2;
    }

    /** Whether the logged rows behind candidate {@code i}'s advantage over the reference's action are too few. */
    boolean thin(int i) {
        return support != null && (support[i] < minSupport || support[reference] < minSupport);
    }

    /** Why candidate {@code i} may or may not replace the reference's action: thin data, or its advantage's lower bound. */
    String why(int i) {
        if (thin(i)) {
            return String.format(Locale.ROOT, "thin data: %d logged rows of it and %d of the reference's among similar"
                    + " invoices, %d of each needed", support[i], support[reference], minSupport);
        }
        return String.format(Locale.ROOT, "lower bound %+.2f, uncertainty %.2f", values[i] - values[reference],
                spread[i]);
    }

    /** Whether the models' best action was held back in favour of the reference's. */
    boolean heldBack() {
        return reference >= 0 && chosen == reference && best != reference;
    }
}
