package org.smartdunning.experiments;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.DecisionValue;
import org.smartdunning.economics.LifetimeValue;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.DunningAction;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.OutcomeLabels;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.models.TrainingExample;
import org.smartdunning.policy.AllowedActions;
import org.smartdunning.policy.ExpectedValuePolicy;
import org.smartdunning.policy.Exploration;

/**
 * Before a model is used: what the new policy, the current one and the standard process would
 * have earned on the logged experiment. Every row is valued by the half of the cross-fitted model
 * that never saw its customer, so the new policy is not judged on what it memorised.
 */
public final class OffPolicyComparison {
    private final BusinessSettings settings;
    private final DecisionValue value;
    private final LifetimeValue lifetime;

    public OffPolicyComparison(BusinessSettings settings) {
        this.settings = settings;
        this.value = new DecisionValue(settings);
        this.lifetime = new LifetimeValue(settings);
    }

    public List<PolicyEstimate> compare(TrainedOutcomes trained, OutcomeModel current, String currentName,
                                        Exploration exploration) {
        List<TrainingExample> rows = trained.trainingSet().completeRandomised();
        List<InvoiceFeatures> features = rows.stream().map(TrainingExample::features).toList();
        trained.model().prepare(features);
        current.prepare(features);
        List<ExpectedValuePolicy> halves = List.of(
                new ExpectedValuePolicy(trained.model().half(0), settings, exploration),
                new ExpectedValuePolicy(trained.model().half(1), settings, exploration));
        ExpectedValuePolicy currentPolicy = new ExpectedValuePolicy(current, settings);
        List<LoggedDecision> logged = new ArrayList<>();
        List<Map<DunningAction, Double>> next = new ArrayList<>();
        List<Map<DunningAction, Double>> now = new ArrayList<>();
        for (TrainingExample e : rows) {
            int half = trained.outOfFoldHalf(e);
            OutcomeModel model = trained.model().half(half);
            InvoiceFeatures f = e.features();
            double clv = lifetime.of(f.monthlyValue(), model.payShare(f), model.remainingMonths(f));
            Map<DunningAction, Double> predicted = new EnumMap<>(DunningAction.class);
            for (DunningAction a : AllowedActions.of(f)) {
                predicted.put(a, value.of(a, f.amount(), clv, model.predict(f, a)));
            }
            logged.add(new LoggedDecision(e.action(), e.propensity(), realised(e, clv), predicted));
            next.add(halves.get(half).probabilities(f));
            now.add(currentPolicy.probabilities(f));
        }
        return List.of(
                OffPolicyEvaluator.evaluate("new: " + trained.model().provenance().label(), next, logged),
                OffPolicyEvaluator.evaluate("current: " + currentName, now, logged),
                OffPolicyEvaluator.evaluate("standard process", TargetPolicy.standardProcess(), logged),
                OffPolicyEvaluator.evaluate("always none", TargetPolicy.always(DunningAction.NONE), logged));
    }

    /** The contract's value of what actually happened after the logged action. */
    private double realised(TrainingExample e, double clv) {
        OutcomeLabels l = e.labels();
        double paid = l.paid() ? 1 : 0;
        return e.features().amount() * paid + settings.feeKept(e.action()) * paid - settings.cost(e.action())
                - settings.costInquiry() * (l.inquiry() ? 1 : 0) - clv * (l.churnedInWindow() ? 1 : 0);
    }
}
