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
 * @param estimates   every candidate's estimate, in the order tried
 * @param differences each fixed action's difference over the baseline, row by row
 */
public record ReferenceChoice(ReferencePolicy chosen, List<PolicyEstimate> estimates,
                              List<PairedDifference> differences) {
    public ReferenceChoice {
        estimates = List.copyOf(estimates);
        differences = List.copyOf(differences);
    }

    public static ReferenceChoice of(LoggedExperiment log, HistoryRulesModel rules, BusinessSettings settings) {
        List<ReferencePolicy> candidates = new ArrayList<>();
        candidates.add(ReferencePolicy.bestUnder(HistoryRulesModel.NAME, rules, settings));
        for (DunningAction a : DunningAction.values()) {
            candidates.add(ReferencePolicy.always(a));
        }
        List<PolicyEstimate> estimates = new ArrayList<>();
        if (log.size() == 0) {
            return new ReferenceChoice(ReferencePolicy.UNCONSTRAINED, estimates, List.of());
        }
        List<double[]> terms = new ArrayList<>();
        for (ReferencePolicy candidate : candidates) {
            TargetPolicy target = actions(candidate, log.features());
            estimates.add(OffPolicyEvaluator.evaluate(candidate.name(), target, log.decisions()));
            terms.add(RowTerms.of(target, log.decisions()).doublyRobust());
        }
        int chosen = 0; // the baseline, unless a fixed action is clearly better
        double best = Double.NEGATIVE_INFINITY;
        List<PairedDifference> differences = new ArrayList<>();
        for (int c = 1; c < candidates.size(); c++) {
            PairedDifference d = PairedDifference.of(candidates.get(c).name(), terms.get(c), candidates.get(0).name(),
                    terms.get(0));
            differences.add(d);
            if (d.lowerBound() > 0 && d.dr().value() > best) { // NaN never wins; ties keep the earlier candidate
                best = d.dr().value();
                chosen = c;
            }
        }
        return new ReferenceChoice(candidates.get(chosen), estimates, differences);
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
