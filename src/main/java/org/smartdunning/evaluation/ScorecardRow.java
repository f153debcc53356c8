package org.smartdunning.evaluation;

import java.util.Map;

/**
 * One world × seed of a scorecard: values per invoice under the truth, and the figures the
 * product's targets are checked on. Percentages are in percent (12.5 means 12.5 %), differences
 * between percentages in percentage points.
 *
 * @param decisionsPolicy      label of the policy that made the decisions, e.g. {@code history-rules@1}
 * @param fixedActions         value per invoice of always taking each action, by action key ({@code none}, {@code sms}, ...)
 * @param gapClosedPct         share of the standard-to-oracle value gap the decisions close; NaN when there is no gap
 * @param decisionsCollectionCutPct fewer collection cases than the standard process, in percent of its cases
 * @param collectionCutDiffPp  decisions' cut minus the oracle's cut
 * @param decisionsCashPct     cash recovered relative to the standard process (negative: less cash)
 * @param cashDiffPp           decisions' cash change minus the oracle's
 * @param marginToBestFixed    decisions' value per invoice minus the best fixed action's
 * @param baselinePolicy       the history-rules baseline run next to the decisions; null when it was not run
 * @param baseline             the baseline's value per invoice; null when it was not run
 * @param beatsBaseline        whether the decisions earn strictly more than the baseline; null when it was not run
 * @param decideSeconds        wall time of the decide job (import included)
 * @param detectable           smallest difference per invoice between always taking the best fixed action and
 *                             the baseline that the world's logged experiment tells apart (95% confidence, 4
 *                             times in 5); null when not known
 */
public record ScorecardRow(String world, long seed, int invoices, String decisionsPolicy,
                           double decisions, double standard, double oracle,
                           Map<String, Double> fixedActions, String bestFixedAction, double bestFixed,
                           double gapClosedPct,
                           double decisionsCollectionCutPct, double oracleCollectionCutPct, double collectionCutDiffPp,
                           double decisionsCashPct, double oracleCashPct, double cashDiffPp,
                           boolean beatsEveryFixedAction, double marginToBestFixed,
                           String baselinePolicy, Double baseline, Boolean beatsBaseline, Double marginToBaseline,
                           double decideSeconds, Double detectable) {
    public ScorecardRow {
        fixedActions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixedActions));
    }

    /** {@code world-seed}, the name of the row's working folder. */
    public String label() {
        return world + "-" + seed;
    }

    /** Whether the decisions came from the baseline policy itself (then beating it is not a question). */
    public boolean decisionsAreBaseline() {
        return baselinePolicy != null && baselinePolicy.equals(decisionsPolicy);
    }
}
