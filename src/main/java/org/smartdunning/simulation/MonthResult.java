package org.smartdunning.simulation;

import java.time.LocalDate;
import java.util.Map;
import org.smartdunning.history.DunningAction;

/**
 * One month of a learning loop, measured by the world's hidden truth on the invoices the engine
 * decided that month: expected value per invoice of the engine's actions and of the yardsticks.
 *
 * @param engine          the engine's actions, exploration included
 * @param standard        the standard process (collection for every overdue invoice)
 * @param baseline        the history-rules baseline, measured on the history as of the month's first day
 * @param oracle          the best reachable action per invoice by the truth
 * @param explorationCost value per invoice the engine gave up, by the truth, against its own best guess
 *                        (what it would have done without exploring); negative where exploring paid
 * @param engineCollectionShare share of the invoices the engine sent to collection
 * @param oracleCollectionShare share the oracle sends to collection
 * @param tried           invoices on which cold-start exploration tried a thin action
 * @param thin            the actions cold-start exploration tried this month, e.g. {@code none sms}
 * @param reference       the reference policy the month's model improves on
 * @param actions         how many invoices the engine gave each action
 * @param diagnosis       where the engine's unexplored choices lose value against the oracle (see {@link MonthDiagnosis})
 */
public record MonthResult(int month, LocalDate from, int invoices, double engine, double standard, double baseline,
                          double oracle, double explorationCost, double engineCollectionShare,
                          double oracleCollectionShare, int tried, String thin, String reference, Map<DunningAction, Integer> actions,
                          java.util.List<String> diagnosis) {
    public MonthResult {
        actions = DunningAction.ordered(actions);
        diagnosis = java.util.List.copyOf(diagnosis);
    }

    /** Share of the standard-to-oracle gap the engine closes; NaN without a gap. */
    public double gapClosed() {
        double gap = oracle - standard;
        return gap == 0 ? Double.NaN : (engine - standard) / gap;
    }

    /** The same for the history-rules baseline. */
    public double baselineGapClosed() {
        double gap = oracle - standard;
        return gap == 0 ? Double.NaN : (baseline - standard) / gap;
    }

    /** Collection cases the engine cuts against the standard process (which sends all), in points of the invoices. */
    public double engineCollectionCut() {
        return 1 - engineCollectionShare;
    }

    public double oracleCollectionCut() {
        return 1 - oracleCollectionShare;
    }

    /** The month's total gain over the history-rules baseline. */
    public double gainOverBaseline() {
        return (engine - baseline) * invoices;
    }

    public double totalExplorationCost() {
        return explorationCost * invoices;
    }
}
