package org.smartdunning.application.train;

import java.time.Clock;
import java.time.LocalDate;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.experiments.PromotionVerdict;
import org.smartdunning.models.TrainedOutcomes;

/**
 * Learns the creditor's outcome models on everything its store holds, as of today (facts before
 * today only), assesses them off-policy against the reference and the history-rules baseline, and
 * saves them with that assessment under the key {@code store-DAY-sSEED}, live if not worse than the live
 * model — the service's "train".
 */
public final class TrainOnStore {
    /** What was trained: its key in the catalog, the policy, its off-policy comparison and whether it went live. */
    public record Trained(String trainingKey, TrainedPolicy policy, OffPolicyComparison.Report comparison,
                          PromotionVerdict promotion) {
    }

    private final CreditorHistoryStore store;
    private final TrainModels models;
    private final Clock clock;

    public TrainOnStore(CreditorHistoryStore store, TrainModels models, Clock clock) {
        this.store = store;
        this.models = models;
        this.clock = clock;
    }

    /** @param force put the new model live even where it is not shown non-inferior to the live one */
    public Trained train(BusinessSettings settings, long seed, DecisionSettings deciding, boolean force) {
        LocalDate day = LocalDate.now(clock);
        CreditorHistory history = store.loadHistory();
        TrainedPolicy trained = models.train(history, day, settings, seed);
        TrainedOutcomes outcomes = trained.outcomes();
        OffPolicyComparison.Report comparison = outcomes.trainingSet().completeRandomised().isEmpty()
                ? OffPolicyComparison.Report.NONE
                : new OffPolicyComparison(settings).compare(outcomes, trained.log(), trained.reference().chosen(),
                        outcomes.fallback(), outcomes.fallback().provenance().label(), deciding.exploration());
        String key = "store-" + day + "-s" + seed;
        PromotionVerdict verdict = models.saveAndJudge(key, trained, comparison, settings, deciding, force);
        return new Trained(key, trained, comparison, verdict);
    }
}
