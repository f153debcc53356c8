package org.smartdunning.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Invoice;
import org.smartdunning.models.HistoryRulesModel;
import org.smartdunning.models.PopulationRates;
import org.smartdunning.policy.DecideBatch;
import org.smartdunning.policy.DecisionLog;
import org.smartdunning.policy.DecisionRun;
import org.smartdunning.policy.ExpectedValuePolicy;

/**
 * The {@code history-rules} baseline decided in memory, for comparison only: nothing is written
 * to the store. Built as {@link DecideFolderJob} built its policy before the learned models.
 */
final class BaselineDecisions {
    /** Keeps nothing: the baseline's decisions are a yardstick, not the creditor's decisions. */
    static final DecisionLog NOT_RECORDED = run -> { };

    private BaselineDecisions() {
    }

    static DecisionRun decide(CreditorHistory history, List<BatchItem> batch, LocalDate asOf, BusinessSettings settings,
                              Clock clock) {
        PopulationRates rates = PopulationRates.measure(history, asOf, settings.horizonDays());
        LocalDate firstDay = history.invoices().stream().map(Invoice::issuedOn).min(LocalDate::compareTo).orElse(asOf);
        HistoryRulesModel model = new HistoryRulesModel(rates, settings.churnWindowMonths(), firstDay, asOf);
        return new DecideBatch(new ExpectedValuePolicy(model, settings), NOT_RECORDED, clock).decide(history, batch, asOf);
    }
}
