package org.smartdunning.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;

/**
 * The business act of learning, from the creditor's own logged actions, what each action does to
 * payment, churn and inquiries. Payment and inquiry: one model per action (T-learner). Churn is
 * rarer and its effects smaller, so one rate model learns it from all actions at once, the action
 * being a feature. Rows are weighted by the inverse of the logged propensity so that experiment
 * arms stand for the customers they were drawn from.
 */
public final class TrainOutcomeModels {
    public static final String NAME = "learned-outcomes";
    /** Changes whenever what is learned or how it is saved changes, so older saved models are not reused. */
    public static final String FORMAT = "3";
    /** Fewest labelled rows, and of each class, an outcome model of an action is learned from. */
    static final int MIN_ROWS = 100;
    static final int MIN_EVENTS = 5;

    private final TreeTrainer trainer;
    private final BusinessSettings settings;
    private final long seed;

    public TrainOutcomeModels(TreeTrainer trainer, BusinessSettings settings, long seed) {
        this.trainer = trainer;
        this.settings = settings;
        this.seed = seed;
    }

    public TrainedOutcomes train(CreditorHistory history, LocalDate asOf) {
        TrainingSet set = TrainingSet.of(history, asOf, settings);
        HistoryRulesModel fallback = fallback(history, asOf, settings);
        Map<DunningAction, ArmModels> arms = new EnumMap<>(DunningAction.class);
        List<String> notes = new ArrayList<>();
        Map<DunningAction, List<TrainingExample>> byAction = set.byAction();
        PooledChurn churn = PooledChurn.train(trainer, set.examples(), this::fold, seed);
        for (DunningAction action : DunningAction.values()) {
            List<TrainingExample> rows = byAction.getOrDefault(action, List.of());
            CrossFittedModel pay = fit(rows, e -> e.labels().paid() != null, e -> e.labels().paid() ? 1f : 0f);
            CrossFittedModel inquiry = fit(rows, e -> e.labels().inquiry() != null, e -> e.labels().inquiry() ? 1f : 0f);
            ArmModels arm = new ArmModels(action, pay, churn.learned(action) ? churn : null, inquiry, rows.size());
            arms.put(action, arm);
            if (!arm.complete()) {
                notes.add(String.format("%s: %d logged actions are too few to learn %s; the history-rules priors answer "
                        + "there. Randomise a share of overdue invoices to %s (decide explores by default) to learn it.",
                        action.key(), rows.size(), missing(arm), action.key()));
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>(trainer.parameters());
        parameters.put("learner", "payment and inquiry: one model per action; churn: one Poisson rate model with the action"
                + " as a feature; inverse-propensity weights; 2-fold cross-fitting by customer; Platt calibration");
        parameters.put("training_rows", String.valueOf(set.examples().size()));
        parameters.put("horizon.days", String.valueOf(settings.horizonDays()));
        parameters.put("churn.window_months", String.valueOf(settings.churnWindowMonths()));
        ModelProvenance provenance = new ModelProvenance(NAME, asOf + "-s" + seed, set.from(), asOf, seed, parameters);
        return new TrainedOutcomes(new LearnedOutcomeModel(arms, fallback, settings.churnWindowMonths(), provenance),
                set, fallback, notes, seed);
    }

    private CrossFittedModel fit(List<TrainingExample> arm, Predicate<TrainingExample> labelled,
                                 Function<TrainingExample, Float> label) {
        List<TrainingExample> rows = arm.stream().filter(labelled).toList();
        int n = rows.size();
        float[][] x = new float[n][];
        float[] y = new float[n];
        float[] w = new float[n];
        int[] folds = new int[n];
        double weightSum = 0;
        int positives = 0;
        for (int i = 0; i < n; i++) {
            TrainingExample e = rows.get(i);
            x[i] = e.vector();
            y[i] = label.apply(e);
            w[i] = (float) e.weight();
            weightSum += w[i];
            positives += y[i] > 0 ? 1 : 0;
            folds[i] = fold(e);
        }
        if (n < MIN_ROWS || positives < MIN_EVENTS || n - positives < MIN_EVENTS) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            w[i] = (float) (w[i] * n / weightSum); // mean weight 1: min_child_weight then counts rows
        }
        return CrossFittedModel.train(trainer, Objective.BINARY, new TrainingMatrix(x, y, w, null), folds, seed);
    }

    /** The history-rules model that answers where the logged actions are too few to learn from. */
    public static HistoryRulesModel fallback(CreditorHistory history, LocalDate asOf, BusinessSettings settings) {
        LocalDate from = history.events().stream().map(e -> e.occurredOn()).filter(d -> d.isBefore(asOf))
                .min(LocalDate::compareTo).orElse(asOf);
        return new HistoryRulesModel(PopulationRates.measure(history, asOf, settings.horizonDays()),
                settings.churnWindowMonths(), from, asOf);
    }

    int fold(TrainingExample e) {
        return CustomerFolds.of(e.customerId(), seed);
    }

    private static String missing(ArmModels arm) {
        List<String> parts = new ArrayList<>();
        if (arm.pay() == null) {
            parts.add("payment");
        }
        if (arm.churn() == null) {
            parts.add("churn");
        }
        if (arm.inquiry() == null) {
            parts.add("inquiries");
        }
        return String.join(", ", parts);
    }
}
