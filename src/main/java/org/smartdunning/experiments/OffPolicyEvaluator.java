package org.smartdunning.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartdunning.history.DunningAction;

/**
 * Estimates a target policy's value per invoice from logged randomised decisions with IPS,
 * self-normalised IPS and doubly robust estimators, each with a 95% normal-approximation interval.
 */
public final class OffPolicyEvaluator {
    /** Below this many effective rows the normal approximation is doubtful; say so. */
    static final double SMALL_EFFECTIVE_SAMPLE = 30;

    private OffPolicyEvaluator() {
    }

    /** Evaluates {@code target} on the logged decisions; never throws for empty or non-overlapping logs. */
    public static PolicyEstimate evaluate(String policy, TargetPolicy target, List<LoggedDecision> logged) {
        int n = logged.size();
        if (n == 0) {
            return missing(policy, 0, "no logged decisions: nothing to estimate from");
        }
        RowTerms rows = RowTerms.of(target, logged);
        double[] w = rows.weights();
        double sumW = SampleStats.sum(w);
        if (!(sumW > 0)) {
            return missing(policy, n, "no logged action has a probability under this policy (total weight 0): "
                    + "the experiments say nothing about it");
        }
        double[] ipsTerms = new double[n];
        double sumW2 = 0;
        for (int i = 0; i < n; i++) {
            ipsTerms[i] = w[i] * rows.rewards()[i];
            sumW2 += w[i] * w[i];
        }
        Estimate ips = Estimate.normal(SampleStats.mean(ipsTerms), SampleStats.standardError(ipsTerms));
        Estimate snips = selfNormalised(w, rows.rewards(), sumW);
        double[] dr = rows.doublyRobust();
        Estimate doublyRobust = Estimate.normal(SampleStats.mean(dr), SampleStats.standardError(dr));
        double ess = sumW * sumW / sumW2;
        return new PolicyEstimate(policy, ips, snips, doublyRobust, ess, n, note(n, ess, rows.rowsMissingPrediction()));
    }

    /** Evaluates a target policy given as probabilities per logged decision, aligned with the logged list. */
    public static PolicyEstimate evaluate(String policy, List<Map<DunningAction, Double>> target,
                                          List<LoggedDecision> logged) {
        if (target.size() != logged.size()) {
            throw new IllegalArgumentException("target policy has " + target.size() + " rows for "
                    + logged.size() + " logged decisions");
        }
        return evaluate(policy, TargetPolicy.of(target), logged);
    }

    /**
     * sum(w r)/sum(w); its standard error by the delta method, i.e. the standard error of the
     * linearised terms w_i (r_i - estimate) / mean(w).
     */
    private static Estimate selfNormalised(double[] w, double[] r, double sumW) {
        int n = w.length;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += w[i] * r[i];
        }
        double value = weighted / sumW;
        double meanW = sumW / n;
        double[] linear = new double[n];
        for (int i = 0; i < n; i++) {
            linear[i] = w[i] * (r[i] - value) / meanW;
        }
        return Estimate.normal(value, SampleStats.standardError(linear));
    }

    private static String note(int n, double ess, int rowsMissingPrediction) {
        List<String> parts = new ArrayList<>();
        if (n == 1) {
            parts.add("one logged decision: no confidence interval");
        } else if (ess < SMALL_EFFECTIVE_SAMPLE) {
            parts.add(String.format(Locale.ROOT, "effective sample size %.1f of %d rows: intervals are rough", ess, n));
        }
        if (rowsMissingPrediction > 0) {
            parts.add(String.format(Locale.ROOT, "%d of %d rows give probability to an action without a "
                    + "predicted reward (DR takes it as 0)", rowsMissingPrediction, n));
        }
        return String.join("; ", parts);
    }

    private static PolicyEstimate missing(String policy, int n, String note) {
        return new PolicyEstimate(policy, Estimate.none(), Estimate.none(), Estimate.none(), 0, n, note);
    }
}
