package org.smartdunning.application.daily;

import java.time.LocalDate;
import java.util.Optional;
import org.smartdunning.application.port.ModelCatalog;
import org.smartdunning.application.train.TrainModels;
import org.smartdunning.application.train.TrainedPolicy;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.TrainOutcomeModels;

/**
 * The outcome model of the daily process: the newest saved model trained as of one of the last
 * {@code retrainDays} days, else a new one trained on the history before the day and saved.
 * Either way it learned only from what was known before the day it decides.
 */
public final class DayModels {
    private final ModelCatalog catalog;
    private final TrainModels models;
    private final DayListener listener;
    private final long seed;
    private final int retrainDays;
    private OutcomeModel current;
    private LocalDate currentAsOf;

    public DayModels(ModelCatalog catalog, TrainModels models, DayListener listener, long seed, int retrainDays) {
        this.catalog = catalog;
        this.models = models;
        this.listener = listener;
        this.seed = seed;
        this.retrainDays = retrainDays;
    }

    public OutcomeModel forDay(CreditorHistory history, LocalDate day, BusinessSettings settings) {
        if (current != null && !currentAsOf.isAfter(day) && currentAsOf.isAfter(day.minusDays(retrainDays))) {
            return current;
        }
        HistoryRulesModel fallback = TrainOutcomeModels.fallback(history, day, settings);
        try {
            Optional<LearnedOutcomeModel> saved = catalog.latestTrainedBetween(seed, day.minusDays(retrainDays - 1L), day,
                    fallback, settings.churnWindowMonths());
            LearnedOutcomeModel model;
            if (saved.isPresent()) {
                model = saved.get();
                listener.dayModelUsed(model);
            } else {
                TrainedPolicy trained = models.train(history, day, settings, seed);
                models.save("day-" + day + "-s" + seed, trained, OffPolicyComparison.Report.NONE);
                model = trained.outcomes().model();
            }
            current = model;
        } catch (LinkageError e) {
            listener.dayLearnerUnavailable(e);
            current = fallback;
        }
        currentAsOf = current.provenance().trainedUntil();
        return current;
    }
}
