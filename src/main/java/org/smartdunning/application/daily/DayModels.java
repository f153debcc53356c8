package org.smartdunning.application.daily;

import java.time.LocalDate;
import java.util.Optional;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.port.ModelCatalog;
import org.smartdunning.application.port.SavedModel;
import org.smartdunning.application.train.TrainModels;
import org.smartdunning.application.train.TrainedPolicy;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.PromotionVerdict;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.TrainOutcomeModels;

/**
 * The outcome model of the daily process: the live model, after a new one was trained on the history before
 * the day and judged against it (champion and challenger) whenever none was trained as of one of the last
 * {@code retrainDays} days. Either way it learned only from what was known before the day it decides.
 */
public final class DayModels {
    private final ModelCatalog catalog;
    private final TrainModels models;
    private final DayListener listener;
    private final DecisionSettings deciding;
    private final int retrainDays;
    private OutcomeModel current;
    /** The day the newest model was trained as of: the next is trained {@code retrainDays} after it. */
    private LocalDate newestAsOf;

    public DayModels(ModelCatalog catalog, TrainModels models, DayListener listener, DecisionSettings deciding,
                     int retrainDays) {
        this.catalog = catalog;
        this.models = models;
        this.listener = listener;
        this.deciding = deciding;
        this.retrainDays = retrainDays;
    }

    public OutcomeModel forDay(CreditorHistory history, LocalDate day, BusinessSettings settings) {
        if (current != null && !newestAsOf.isAfter(day) && newestAsOf.isAfter(day.minusDays(retrainDays))) {
            return current;
        }
        HistoryRulesModel fallback = TrainOutcomeModels.fallback(history, day, settings);
        try {
            Optional<SavedModel> newest = catalog.newestTrainedBetween(deciding.seed(),
                    day.minusDays(retrainDays - 1L), day);
            LearnedOutcomeModel live;
            if (newest.isPresent()) {
                newestAsOf = newest.get().trainedUntil();
                // none live only where the live model is of another learner's format: the newest of this one decides
                live = models.live(fallback, settings.churnWindowMonths()).orElseGet(() -> catalog.find(
                        newest.get().trainingKey(), () -> fallback, settings.churnWindowMonths()).orElseThrow());
            } else {
                TrainedPolicy trained = models.train(history, day, settings, deciding.seed());
                PromotionVerdict verdict = models.saveAndJudge("day-" + day + "-s" + deciding.seed(), trained,
                        OffPolicyComparison.Report.NONE, settings, deciding, false);
                newestAsOf = trained.outcomes().model().provenance().trainedUntil();
                live = verdict.live() ? trained.outcomes().model()
                        : models.live(fallback, settings.churnWindowMonths()).orElseThrow();
            }
            listener.dayModelUsed(live);
            current = live;
        } catch (LinkageError e) {
            listener.dayLearnerUnavailable(e);
            current = fallback;
            newestAsOf = fallback.provenance().trainedUntil();
        }
        return current;
    }
}
