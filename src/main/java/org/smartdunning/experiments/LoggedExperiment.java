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
            double churn = realisedChurn(e.labels(), model.predict(f, e.action()).churn(), settings.churnWindowMonths());
            logged.add(new LoggedDecision(e.action(), e.propensity(), realised(settings, e, clv, churn), predicted));
        }
        return new LoggedExperiment(features, halves, logged);
    }

    public int size() {
        return decisions.size();
    }

    /** The contract's value of what actually happened after the logged action. */
    private static double realised(BusinessSettings settings, TrainingExample e, double clv, double churn) {
        OutcomeLabels l = e.labels();
        double paid = l.paid() ? 1 : 0;
        return e.features().amount() * paid + settings.feeKept(e.action()) * paid - settings.cost(e.action())
                - settings.costInquiry() * (l.inquiry() ? 1 : 0) - clv * churn;
    }

    /**
     * The churn the logged action caused: 1 if the customer left before the next dunning action
     * (within the window); if a next action came first, the window's remainder is that action's
     * consequence, not this one's, so it counts at the rate the model predicts for the logged action.
     * Counting every churn in the window would charge each arm with whatever the logging policy did
     * next, which both blurs the arms' differences and adds variance.
     *
     * @param predicted the model's churn probability over the whole window for the logged action
     */
    static double realisedChurn(OutcomeLabels l, double predicted, int windowMonths) {
        if (l.churned()) {
            return 1;
        }
        if (!l.atRisk()) {
            return 0;
        }
        double unobserved = Math.max(0, windowMonths - l.exposureMonths()) / windowMonths;
        return unobserved < 1e-9 ? 0 : 1 - Math.pow(1 - Math.min(predicted, 0.999999), unobserved);
    }
}
