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
import org.smartdunning.models.OutcomeLabels;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.models.TrainingExample;
import org.smartdunning.policy.AllowedActions;

/**
 * The logged experiment as off-policy evaluation sees it: every randomised action with closed
 * outcome windows, its realised value, and every allowed action valued by the half of the
 * cross-fitted model that never saw its customer (so no policy is judged on what it memorised).
 *
 * @param halves per row, the cross-fitting half whose model is out of fold for it
 */
public record LoggedExperiment(List<InvoiceFeatures> features, int[] halves, List<LoggedDecision> decisions) {
    public LoggedExperiment {
        features = List.copyOf(features);
        decisions = List.copyOf(decisions);
    }

    public static LoggedExperiment of(TrainedOutcomes trained, BusinessSettings settings) {
        DecisionValue value = new DecisionValue(settings);
        LifetimeValue lifetime = new LifetimeValue(settings);
        List<TrainingExample> rows = trained.trainingSet().completeRandomised();
        List<InvoiceFeatures> features = rows.stream().map(TrainingExample::features).toList();
        trained.model().prepare(features);
        int[] halves = new int[rows.size()];
        List<LoggedDecision> logged = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            TrainingExample e = rows.get(i);
            halves[i] = trained.outOfFoldHalf(e);
            OutcomeModel model = trained.model().half(halves[i]);
            InvoiceFeatures f = e.features();
            double clv = lifetime.of(f.monthlyValue(), model.payShare(f), model.remainingMonths(f));
            Map<DunningAction, Double> predicted = new EnumMap<>(DunningAction.class);
            for (DunningAction a : AllowedActions.of(f)) {
                predicted.put(a, value.of(a, f.amount(), clv, model.predict(f, a)));
            }
            logged.add(new LoggedDecision(e.action(), e.propensity(), realised(settings, e, clv), predicted));
        }
        return new LoggedExperiment(features, halves, logged);
    }

    public int size() {
        return decisions.size();
    }

    /** The contract's value of what actually happened after the logged action. */
    private static double realised(BusinessSettings settings, TrainingExample e, double clv) {
        OutcomeLabels l = e.labels();
        double paid = l.paid() ? 1 : 0;
        return e.features().amount() * paid + settings.feeKept(e.action()) * paid - settings.cost(e.action())
                - settings.costInquiry() * (l.inquiry() ? 1 : 0) - clv * (l.churnedInWindow() ? 1 : 0);
    }
}
