package org.smartdunning.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.PromotionVerdict;
import org.smartdunning.experiments.ReferenceChoice;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.TrainedOutcomes;

/** Port: trained outcome models kept under their training key, with the metrics they were judged by. */
public interface ModelCatalog {
    /** Keeps the model with its training figures, the off-policy comparison when made and the reference candidates. */
    void save(String trainingKey, TrainedOutcomes trained, OffPolicyComparison.Report offPolicy, ReferenceChoice reference,
              Instant at);

    /** The model saved under the key, read back around {@code fallback}. */
    Optional<LearnedOutcomeModel> find(String trainingKey, Supplier<HistoryRulesModel> fallback, int churnWindowMonths);

    /**
     * The history-rules fallback trained beside the model saved under the key, on its history and day; empty when
     * none is saved or it was saved without one.
     */
    Optional<HistoryRulesModel> fallback(String trainingKey, int churnWindowMonths);

    /** The newest model of this learner, format, engine build and seed trained as of a day in {@code [from, to]}, as listed. */
    Optional<SavedModel> newestTrainedBetween(long seed, LocalDate from, LocalDate to);

    /** The training key of the live model (the one in use) of this learner's format; empty when none is. */
    Optional<String> liveKey();

    /**
     * Records the verdict on a newly saved model: it goes live unless the verdict keeps the champion.
     *
     * @param championKey the model live before, if any
     */
    void recordVerdict(String trainingKey, Optional<String> championKey, PromotionVerdict verdict, Instant at);

    /** Per fixed action key, the smallest difference over the baseline its experiment tells apart; empty when unsaved. */
    Map<String, Double> detectable(String trainingKey);

    /** Every saved model, newest first. */
    List<SavedModel> saved();

    /** The model's portable archive (its trees and calibration), as saved under the key. */
    Optional<byte[]> archive(String trainingKey);

    /** The figures a model was judged by (JSON: training rows, calibration, the off-policy table), when saved. */
    Optional<String> metrics(String trainingKey);
}
