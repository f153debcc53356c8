package org.smartdunning.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.policy.AllowedActions;
import org.smartdunning.policy.ReferencePolicy;

/**
 * Picks the reference policy of conservative improvement: the {@code history-rules} baseline, unless a
 * fixed action is worth more per invoice on the logged experiment with one-sided 95% confidence (the
 * doubly robust estimate of the difference, row by row, less 1.645 standard errors, above 0); of
 * several such, the one that gains most. On a few thousand logged decisions the candidates' values
 * are uncertain by tens per invoice, so the plain best of them would often be a noise pick.
 *
 * @param chosen    the reference policy; unconstrained when the experiment holds no closed rows
 * @param estimates every candidate's estimate, in the order tried
 */
public record ReferenceChoice(ReferencePolicy chosen, List<PolicyEstimate> estimates) {
    /** One-sided 95% normal quantile. */
    static final double Z = 1.645;

    public ReferenceChoice {
        estimates = List.copyOf(estimates);
    }

    public static ReferenceChoice of(LoggedExperiment log, HistoryRulesModel rules, BusinessSettings settings) {
        List<ReferencePolicy> candidates = new ArrayList<>();
        candidates.add(ReferencePolicy.bestUnder(HistoryRulesModel.NAME, rules, settings));
        for (DunningAction a : DunningAction.values()) {
            candidates.add(ReferencePolicy.always(a));
        }
        List<PolicyEstimate> estimates = new ArrayList<>();
        if (log.size() == 0) {
            return new ReferenceChoice(ReferencePolicy.UNCONSTRAINED, estimates);
        }
        List<double[]> terms = new ArrayList<>();
        for (ReferencePolicy candidate : candidates) {
            TargetPolicy target = actions(candidate, log.features());
            estimates.add(OffPolicyEvaluator.evaluate(candidate.name(), target, log.decisions()));
            terms.add(RowTerms.of(target, log.decisions()).doublyRobust());
        }
        int chosen = 0; // the baseline, unless a fixed action is clearly better
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 1; c < candidates.size(); c++) {
            double[] difference = new double[log.size()];
            for (int i = 0; i < difference.length; i++) {
                difference[i] = terms.get(c)[i] - terms.get(0)[i];
            }
            double gain = SampleStats.mean(difference);
            double lower = gain - Z * SampleStats.standardError(difference);
            if (lower > 0 && gain > best) { // NaN never wins; ties keep the earlier candidate
                best = gain;
                chosen = c;
            }
        }
        return new ReferenceChoice(candidates.get(chosen), estimates);
    }

    /** The candidate's estimate; absent when it was not evaluated. */
    public java.util.Optional<PolicyEstimate> estimate(String name) {
        return estimates.stream().filter(e -> e.policy().equals(name)).findFirst();
    }

    private static TargetPolicy actions(ReferencePolicy reference, List<InvoiceFeatures> features) {
        reference.prepare(features);
        List<Map<DunningAction, Double>> rows = new ArrayList<>(features.size());
        for (InvoiceFeatures f : features) {
            rows.add(Map.of(reference.action(f, AllowedActions.of(f)), 1.0));
        }
        return TargetPolicy.of(rows);
    }
}
