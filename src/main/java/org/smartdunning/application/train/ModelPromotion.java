package org.smartdunning.application.train;

import java.time.Clock;
import java.util.Optional;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.port.ModelCatalog;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.ChampionChallenger;
import org.smartdunning.experiments.LoggedExperiment;
import org.smartdunning.experiments.OffPolicyComparison;
import org.smartdunning.experiments.PromotionVerdict;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.LearnedOutcomeModel;

/**
 * Champion and challenger: a newly saved model goes live only when the off-policy evaluation on the logged
 * experiment shows it not worse than the live model by more than the margin, with 95% confidence; the live
 * model is re-applied (with its own reference policy) to the same rows the new one is judged on. The first
 * model of a creditor goes live; a forced verdict puts it live anyway. Every verdict is recorded.
 */
public final class ModelPromotion {
    private final ModelCatalog catalog;
    private final Clock clock;
    private final TrainListener listener;

    public ModelPromotion(ModelCatalog catalog, Clock clock, TrainListener listener) {
        this.catalog = catalog;
        this.clock = clock;
        this.listener = listener;
    }

    /** Judges the model just saved under {@code key} against the live one, records the verdict and says it. */
    public PromotionVerdict judge(String key, TrainedPolicy trained, BusinessSettings settings, DecisionSettings deciding,
                                  boolean force) {
        Optional<String> live = catalog.liveKey();
        Optional<String> championKey = live.filter(k -> !k.equals(key));
        String challenger = "challenger " + trained.outcomes().model().provenance().label() + " (" + key + ")";
        PromotionVerdict verdict;
        if (live.isEmpty()) {
            verdict = PromotionVerdict.first(challenger, "the creditor has no live model yet");
        } else if (championKey.isEmpty()) {
            verdict = PromotionVerdict.first(challenger, "it replaces the live model saved under the same training key");
        } else {
            LearnedOutcomeModel champion = catalog.find(championKey.get(), trained.outcomes()::fallback,
                    settings.churnWindowMonths()).orElseThrow();
            LoggedExperiment log = trained.log();
            OffPolicyComparison offPolicy = new OffPolicyComparison(settings);
            verdict = ChampionChallenger.judge(deciding.promotion(), log.decisions(), meanAmount(log),
                    challenger, offPolicy.policy(trained.outcomes().model(), trained.reference().chosen(),
                            deciding.exploration(), log),
                    "champion " + champion.provenance().label() + " (" + championKey.get() + ")",
                    offPolicy.policy(champion, TrainModels.reference(champion, settings), deciding.exploration(), log),
                    force);
        }
        catalog.recordVerdict(key, championKey, verdict, clock.instant());
        listener.promotion(verdict);
        return verdict;
    }

    /** The live model, read back around {@code fallback}; empty when none is live. */
    public Optional<LearnedOutcomeModel> live(HistoryRulesModel fallback, int churnWindowMonths) {
        return catalog.liveKey().flatMap(k -> catalog.find(k, () -> fallback, churnWindowMonths));
    }

    private static double meanAmount(LoggedExperiment log) {
        return log.features().stream().mapToDouble(InvoiceFeatures::amount).average().orElse(0);
    }
}
