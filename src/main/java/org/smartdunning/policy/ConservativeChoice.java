package org.smartdunning.policy;

/**
 * Conservative policy improvement on one invoice: an action replaces the reference policy's action
 * only when its expected advantage exceeds {@code threshold} times the models' uncertainty about
 * that advantage (how far the two cross-fitted halves disagree on it). Each action is judged by the
 * lower bound of its advantage; the reference's action by its own value.
 *
 * @param values    per candidate, its value as the conservative policy sees it: the reference's
 *                  action its expected value, every other action its value less {@code threshold}
 *                  times the uncertainty of its advantage (the expected value itself without a reference)
 * @param chosen    index of the candidate of highest {@code values}: the reference's action unless
 *                  another is clearly better
 * @param best      index of the candidate of highest expected value
 * @param reference index of the reference's action; -1 when there is no reference
 * @param advantage per candidate, its expected value minus the reference action's (0 without a reference)
 * @param spread    per candidate, the uncertainty of that advantage (0 without a reference)
 */
record ConservativeChoice(double[] values, int chosen, int best, int reference, double[] advantage,
                          double[] spread) {

    /**
     * @param expected  per candidate, its expected value (both halves' mean)
     * @param halves    per candidate, its value under each cross-fitted half; null when the model has no halves
     * @param sigma     per candidate, the uncertainty of its value, for the advantage's when there are no halves
     * @param reference index of the reference's action, -1 for none
     */
    static ConservativeChoice of(double[] expected, double[][] halves, double[] sigma, int reference,
                                 double threshold) {
        int n = expected.length;
        int best = 0;
        for (int i = 1; i < n; i++) {
            best = expected[i] > expected[best] ? i : best; // ties go to the earlier, gentler action
        }
        double[] advantage = new double[n];
        double[] spread = new double[n];
        if (reference < 0) {
            return new ConservativeChoice(expected.clone(), best, best, reference, advantage, spread);
        }
        double[] values = new double[n];
        int chosen = reference;
        for (int i = 0; i < n; i++) {
            advantage[i] = expected[i] - expected[reference];
            spread[i] = i == reference ? 0 : spread(halves, sigma, i, reference);
            values[i] = expected[i] - threshold * spread[i];
        }
        for (int i = 0; i < n; i++) {
            chosen = values[i] > values[chosen] ? i : chosen; // the reference keeps its action on a tie
        }
        return new ConservativeChoice(values, chosen, best, reference, advantage, spread);
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

    /** Why candidate {@code i} may or may not replace the reference's action: its advantage's lower bound and uncertainty. */
    String why(int i) {
        return String.format(java.util.Locale.ROOT, "lower bound %+.2f, uncertainty %.2f", values[i] - values[reference],
                spread[i]);
    }

    /** Whether the models' best action was held back in favour of the reference's. */
    boolean heldBack() {
        return reference >= 0 && chosen == reference && best != reference;
    }
}
