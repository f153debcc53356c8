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
 * Picks the reference policy of conservative improvement: of the {@code history-rules} baseline and
 * every fixed action, the one of highest doubly robust value per invoice on the logged experiment.
 *
 * @param chosen    the reference policy; unconstrained when the experiment holds no closed rows
 * @param estimates every candidate's estimate, in the order tried
 */
public record ReferenceChoice(ReferencePolicy chosen, List<PolicyEstimate> estimates) {
    public ReferenceChoice {
        estimates = List.copyOf(estimates);
    }

    public static ReferenceChoice of(LoggedExperiment log, HistoryRulesModel rules, BusinessSettings settings) {
        List<ReferencePolicy> candidates = new ArrayList<>();
        candidates.add(ReferencePolicy.bestUnder(HistoryRulesModel.NAME, rules, settings));
        for (DunningAction a : DunningAction.values()) {
            candidates.add(ReferencePolicy.always(a));
        }
        ReferencePolicy chosen = ReferencePolicy.UNCONSTRAINED;
        List<PolicyEstimate> estimates = new ArrayList<>();
        if (log.size() == 0) {
            return new ReferenceChoice(chosen, estimates);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (ReferencePolicy candidate : candidates) {
            PolicyEstimate estimate = OffPolicyEvaluator.evaluate(candidate.name(), actions(candidate, log.features()),
                    log.decisions());
            estimates.add(estimate);
            if (estimate.dr().value() > best) { // NaN never wins; ties keep the earlier candidate
                best = estimate.dr().value();
                chosen = candidate;
            }
        }
        return new ReferenceChoice(chosen, estimates);
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
