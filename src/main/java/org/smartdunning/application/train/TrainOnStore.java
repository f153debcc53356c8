package org.smartdunning.application.train;

import java.time.Clock;
import java.time.LocalDate;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.models.TrainedOutcomes;
import org.smartdunning.policy.Exploration;

/**
 * Learns the creditor's outcome models on everything its store holds, as of today (facts before
 * today only), assesses them off-policy against the reference and the history-rules baseline, and
 * saves them with that assessment under the key {@code store-DAY-sSEED} — the service's "train".
 */
public final class TrainOnStore {
    /** What was trained: its key in the catalog, the policy and its off-policy comparison. */
    public record Trained(String trainingKey, TrainedPolicy policy, OffPolicyComparison.Report comparison) {
    }

    private final CreditorHistoryStore store;
    private final TrainModels models;
    private final Clock clock;

    public TrainOnStore(CreditorHistoryStore store, TrainModels models, Clock clock) {
        this.store = store;
        this.models = models;
        this.clock = clock;
    }

    public Trained train(BusinessSettings settings, long seed, Exploration exploration) {
        LocalDate day = LocalDate.now(clock);
        CreditorHistory history = store.loadHistory();
        TrainedPolicy trained = models.train(history, day, settings, seed);
        TrainedOutcomes outcomes = trained.outcomes();
        OffPolicyComparison.Report comparison = outcomes.trainingSet().completeRandomised().isEmpty()
                ? OffPolicyComparison.Report.NONE
                : new OffPolicyComparison(settings).compare(outcomes, trained.log(), trained.reference().chosen(),
                        outcomes.fallback(), outcomes.fallback().provenance().label(), exploration);
        String key = "store-" + day + "-s" + seed;
        models.save(key, trained, comparison);
        return new Trained(key, trained, comparison);
    }
}
