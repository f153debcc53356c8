package org.smartdunning.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;

/**
 * The business act of learning, from the creditor's own logged actions, what each action does to
 * payment, churn and inquiries. Each outcome is learned from all actions at once, the action being a
 * feature ({@link PooledOutcome}, {@link PooledChurn}): who pays, leaves or calls is learned from the
 * whole log, what each action changes from its arm. Rows are weighted by the inverse of the logged
 * propensity so that experiment arms stand for the customers they were drawn from.
 */
public final class TrainOutcomeModels {
    public static final String NAME = "learned-outcomes";
    /**
     * Changes whenever how a model is saved changes, so an archive is never misread; a change of what is learned
     * is told apart by the engine's build ({@link EngineBuild}), which no saved model is reused across.
     */
    public static final String FORMAT = "7";
    /** Fewest labelled rows, and of each class, an outcome model of an action is learned from. */
    static final int MIN_ROWS = 100;
    static final int MIN_EVENTS = 5;
    /**
     * Most standard-process rows learned from ({@link StandardRowSample}). Arms weigh the same in total, so past a
     * few tens of thousands the standard process's rows add little but time: at 100,000 customers (138,000 such
     * rows) keeping 40,000 cut the training rows from 159,000 to 61,000 and training from 7.0–8.1 s to 3.4–3.7 s; the
     * scorecard's value per invoice moved by −0.22 to +1.38 on its 12 rows (+0.20 on average), every verdict the same.
     */
    public static final int MAX_STANDARD_ROWS = 40_000;

    private final TreeTrainer trainer;
    private final BusinessSettings settings;
    private final long seed;

    public TrainOutcomeModels(TreeTrainer trainer, BusinessSettings settings, long seed) {
        this.trainer = trainer;
        this.settings = settings;
        this.seed = seed;
    }

    public TrainedOutcomes train(CreditorHistory history, LocalDate asOf) {
        // the history-rules fallback reads the history alone, on one core: built beside the training rather than
        // between the features and the boosters with the other core idle (0.6 s of 16 s at 100,000 customers)
        SideTask<HistoryRulesModel> fallback = SideTask.start("history-rules fallback",
                () -> fallback(history, asOf, settings));
        try {
            return train(history, asOf, fallback);
        } catch (RuntimeException | Error e) {
            fallback.awaitQuietly();
            throw e;
        }
    }

    /**
     * The same from training examples built elsewhere (a Spark task's share of the customers each) and the
     * history-rules fallback measured on the whole history; learned up to the set's last day.
     */
    public TrainedOutcomes train(TrainingSet set, HistoryRulesModel fallback) {
        return train(set, () -> fallback);
    }

    private TrainedOutcomes train(CreditorHistory history, LocalDate asOf, SideTask<HistoryRulesModel> rules) {
        return train(TrainingSet.of(history, asOf, settings, standardRows(seed, 1)), rules::join);
    }

    /**
     * The sample of standard-process rows one of {@code parts} shares of the customers learns from: each share keeps
     * its part of {@link #MAX_STANDARD_ROWS}, so the shares together learn from about as many as the whole would.
     */
    public static StandardRowSample standardRows(long seed, int parts) {
        return new StandardRowSample(Math.max(1, MAX_STANDARD_ROWS / parts), seed);
    }

    private TrainedOutcomes train(TrainingSet set, java.util.function.Supplier<HistoryRulesModel> rules) {
        LocalDate asOf = set.until();
        Map<DunningAction, ArmModels> arms = new EnumMap<>(DunningAction.class);
        List<String> notes = new ArrayList<>();
        Map<DunningAction, List<TrainingExample>> byAction = set.byAction();
        PooledChurn churn = PooledChurn.train(trainer, set.examples(), this::fold, seed);
        Map<DunningAction, CrossFittedModel> pay = PooledOutcome.train(trainer, set.examples(), e -> e.labels().paid(),
                this::fold, seed + 11);
        Map<DunningAction, CrossFittedModel> inquiry = PooledOutcome.train(trainer, set.examples(),
                e -> e.labels().inquiry(), this::fold, seed + 13);
        for (DunningAction action : DunningAction.values()) {
            List<TrainingExample> rows = byAction.getOrDefault(action, List.of());
            ArmModels arm = new ArmModels(action, pay.get(action), churn.learned(action) ? churn : null,
                    inquiry.get(action), rows.size());
            arms.put(action, arm);
            if (!arm.complete()) {
                notes.add(String.format("%s: %d logged actions are too few to learn %s; the history-rules priors answer "
                        + "there. Randomise a share of overdue invoices to %s (decide explores by default) to learn it.",
                        action.key(), rows.size(), missing(arm), action.key()));
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>(trainer.parameters());
        parameters.put("learner", "payment and inquiry: one model for all actions, the action a feature, Platt calibration"
                + " per action; churn: one Poisson rate model, the action a feature, level per action pulled towards the field"
                + " results' hazard ratios at the creditor's fitted friction sensitivity; each action's level and"
                + " calibration from its experiment rows where it has enough; arms of equal weight,"
                + " inverse-propensity weights within; 2-fold cross-fitting by customer");
        parameters.put(ModelFormat.PARAMETER, ModelFormat.current(trainer).signature());
        churn.prior().ifPresent(prior -> parameters.put("churn_prior", prior));
        parameters.put("training_rows", String.valueOf(set.examples().size()));
        parameters.put("logged_actions", String.valueOf(set.loggedActions()));
        parameters.put("max_standard_rows", String.valueOf(MAX_STANDARD_ROWS));
        parameters.put("standard_rows", String.valueOf(set.standardRows()));
        parameters.put("standard_rows_share", String.format(java.util.Locale.ROOT, "%.6f", set.standardShare()));
        parameters.put("horizon.days", String.valueOf(settings.horizonDays()));
        parameters.put("churn.window_months", String.valueOf(settings.churnWindowMonths()));
        ModelProvenance provenance = new ModelProvenance(NAME, asOf + "-s" + seed, set.from(), asOf, seed, parameters);
        HistoryRulesModel fallback = rules.get();
        return new TrainedOutcomes(new LearnedOutcomeModel(arms, fallback, settings.churnWindowMonths(), provenance,
                LoggedSupport.of(set.examples())),
                set, fallback, notes, seed);
    }

    /** The history-rules model that answers where the logged actions are too few to learn from. */
    public static HistoryRulesModel fallback(CreditorHistory history, LocalDate asOf, BusinessSettings settings) {
        return new HistoryRulesModel(PopulationRates.measure(history, asOf, settings.horizonDays()),
                settings.churnWindowMonths(), historyFrom(history, asOf), asOf);
    }

    /** The fallback's first day: the earliest dunning action before {@code asOf}, or {@code asOf} when none. */
    public static LocalDate historyFrom(CreditorHistory history, LocalDate asOf) {
        return history.events().stream().map(e -> e.occurredOn()).filter(d -> d.isBefore(asOf))
                .min(LocalDate::compareTo).orElse(asOf);
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
