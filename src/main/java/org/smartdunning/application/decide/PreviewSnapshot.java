package org.smartdunning.application.decide;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.application.port.ModelCatalog;
import org.smartdunning.application.train.TrainModels;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.FeatureExtractor;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;
import org.smartdunning.models.OutcomeModel;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.LearningPolicy;

/**
 * What previews of one creditor's decisions are computed from, loaded once and kept: the history
 * read from the store and the policy on the live model (champion and challenger; the history-rules
 * baseline when none is live). Features use only facts before the day.
 * Not thread-safe: the models cache predictions, so callers take one preview at a time.
 */
public final class PreviewSnapshot {
    private final CreditorHistory history;
    private final FeatureExtractor features;
    private final LearningPolicy policy;
    private final LocalDate day;
    private final Instant loadedAt;

    private PreviewSnapshot(CreditorHistory history, LearningPolicy policy, LocalDate day, Instant loadedAt) {
        this.history = history;
        this.features = new FeatureExtractor(history);
        this.policy = policy;
        this.day = day;
        this.loadedAt = loadedAt;
    }

    /** A snapshot of a history already loaded and the policy on it, as of {@code day}, loaded at {@code loadedAt}. */
    public static PreviewSnapshot of(CreditorHistory history, LearningPolicy policy, LocalDate day, Instant loadedAt) {
        return new PreviewSnapshot(history, policy, day, loadedAt);
    }

    /** Loads the history as of today on {@code clock}, and the live model. */
    public static PreviewSnapshot load(CreditorHistoryStore store, ModelCatalog catalog, BusinessSettings settings,
                                       DecisionSettings deciding, Clock clock) {
        LocalDate day = LocalDate.now(clock);
        CreditorHistory history = store.loadHistory();
        HistoryRulesModel fallback = TrainOutcomeModels.fallback(history, day, settings);
        OutcomeModel model = fallback;
        try {
            Optional<LearnedOutcomeModel> live = catalog.liveKey()
                    .flatMap(key -> catalog.find(key, () -> fallback, settings.churnWindowMonths()));
            if (live.isPresent()) {
                model = live.get();
            }
        } catch (LinkageError e) {
            model = fallback; // the learner's native code cannot load here: the baseline previews, as decide would
        }
        LearningPolicy policy = new LearningPolicy(DecidingModel.of(model, deciding.coldStart()), settings,
                deciding.exploration(), TrainModels.reference(model, settings), deciding.coldStart());
        return new PreviewSnapshot(history, policy, day, clock.instant());
    }

    public CreditorHistory history() {
        return history;
    }

    FeatureExtractor features() {
        return features;
    }

    LearningPolicy policy() {
        return policy;
    }

    public LocalDate day() {
        return day;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
