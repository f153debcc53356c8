package org.smartdunning.application.decide;

import java.time.Clock;
import java.time.LocalDate;
import org.smartdunning.application.folder.LoadedFolder;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.policy.DecideBatch;
import org.smartdunning.policy.DecisionLog;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.policy.ExpectedValuePolicy;

/**
 * The {@code history-rules} baseline decided in memory, for comparison only: nothing is written
 * to the store. The same model the learned one falls back on.
 */
public final class BaselineDecisions {
    /** Keeps nothing: the baseline's decisions are a yardstick, not the creditor's decisions. */
    static final DecisionLog NOT_RECORDED = run -> { };

    private BaselineDecisions() {
    }

    public static DecisionRun decide(LoadedFolder folder, Clock clock) {
        LocalDate asOf = folder.receipt().asOf();
        HistoryRulesModel model = TrainOutcomeModels.fallback(folder.wholeHistory(), asOf, folder.settings());
        return new DecideBatch(new ExpectedValuePolicy(model, folder.settings()), NOT_RECORDED, clock)
                .decide(folder.history(), folder.batch(), asOf);
    }
}
