package org.smartdunning.experiments;

import java.util.List;
import java.util.Map;
import org.smartdunning.history.DunningAction;

/**
 * Per logged decision: importance weight pi(a_i|x_i)/p_i, reward, and the doubly robust term
 * sum_a pi(a|x_i) q(x_i,a) + w_i (r_i - q(x_i,a_i)).
 *
 * @param rowsMissingPrediction rows where the target policy gives probability to an action the
 *                              outcome model did not predict; its value is taken as 0 there
 */
record RowTerms(double[] weights, double[] rewards, double[] doublyRobust, int rowsMissingPrediction) {
    /** Probabilities may be off by rounding (e.g. thirds written as decimals), not by more. */
    private static final double SUM_TOLERANCE = 1e-6;

    static RowTerms of(TargetPolicy target, List<LoggedDecision> logged) {
        int n = logged.size();
        double[] w = new double[n];
        double[] r = new double[n];
        double[] dr = new double[n];
        int missing = 0;
        for (int i = 0; i < n; i++) {
            LoggedDecision d = logged.get(i);
            Map<DunningAction, Double> pi = checked(target.probabilities(i), i);
            w[i] = pi.getOrDefault(d.loggedAction(), 0.0) / d.propensity();
            r[i] = d.reward();
            double direct = 0;
            boolean lacks = false;
            // enum order, not the map's: the same inputs give the same sum to the last bit on every run
            for (DunningAction a : DunningAction.values()) {
                double p = pi.getOrDefault(a, 0.0);
                Double q = d.predictedReward().get(a);
                if (q != null) {
                    direct += p * q;
                } else if (p > 0) {
                    lacks = true;
                }
            }
            missing += lacks ? 1 : 0;
            // without a prediction for the logged action the correction term is the plain IPS term
            double qLogged = d.predictedReward().getOrDefault(d.loggedAction(), 0.0);
            dr[i] = direct + w[i] * (r[i] - qLogged);
        }
        return new RowTerms(w, r, dr, missing);
    }

    /** A target policy that is not a probability distribution is a programming error: fail loudly. */
    private static Map<DunningAction, Double> checked(Map<DunningAction, Double> pi, int index) {
        if (pi == null) {
            throw new IllegalArgumentException("target policy gives no probabilities for logged decision " + index);
        }
        double total = 0;
        for (Map.Entry<DunningAction, Double> e : pi.entrySet()) {
            Double p = e.getValue();
            if (e.getKey() == null || p == null || !(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("target probability must be within [0, 1] for logged decision "
                        + index + ", was " + e.getKey() + "=" + p);
            }
            total += p;
        }
        if (Math.abs(total - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("target probabilities must sum to 1 for logged decision " + index
                    + ", summed to " + total);
        }
        return pi;
    }
}
