package org.smartdunning.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.policy.ExpectedValuePolicy;
import org.smartdunning.policy.Exploration;
import org.smartdunning.policy.ReferencePolicy;

/**
 * Before a model is used: what the new policy, the current one and the standard process would
 * have earned on the logged experiment. Every row is valued by the half of the cross-fitted model
 * that never saw its customer, so the new policy is not judged on what it memorised.
 */
public final class OffPolicyComparison {
    private final BusinessSettings settings;

    public OffPolicyComparison(BusinessSettings settings) {
        this.settings = settings;
    }

    /** @param reference the policy the new one improves on conservatively */
    public List<PolicyEstimate> compare(TrainedOutcomes trained, LoggedExperiment log, ReferencePolicy reference,
                                        OutcomeModel current, String currentName, Exploration exploration) {
        current.prepare(log.features());
        List<ExpectedValuePolicy> halves = List.of(
                new ExpectedValuePolicy(trained.model().half(0), settings, exploration, reference),
                new ExpectedValuePolicy(trained.model().half(1), settings, exploration, reference));
        ExpectedValuePolicy currentPolicy = new ExpectedValuePolicy(current, settings);
        List<Map<DunningAction, Double>> next = new ArrayList<>();
        List<Map<DunningAction, Double>> now = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            next.add(halves.get(log.halves()[i]).probabilities(log.features().get(i)));
            now.add(currentPolicy.probabilities(log.features().get(i)));
        }
        List<LoggedDecision> logged = log.decisions();
        return List.of(
                OffPolicyEvaluator.evaluate("new: " + trained.model().provenance().label(), next, logged),
                OffPolicyEvaluator.evaluate("current: " + currentName, now, logged),
                OffPolicyEvaluator.evaluate("standard process", TargetPolicy.standardProcess(), logged),
                OffPolicyEvaluator.evaluate("always none", TargetPolicy.always(DunningAction.NONE), logged));
    }
}
