package org.smartdunning.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine measured on several synthetic worlds and seeds: one {@link ScorecardRow} per
 * world × seed, and the product's targets checked on all of them.
 *
 * <p>The targets are {@link Targets}'.
 */
public record Scorecard(List<ScorecardRow> rows, List<TargetCheck> targets) {
    public Scorecard {
        rows = List.copyOf(rows);
        targets = List.copyOf(targets);
    }

    /** Scores the rows against the product's targets. */
    public static Scorecard of(List<ScorecardRow> rows) {
        return new Scorecard(rows, Targets.check(rows));
    }

    /** Whether every applicable target passes. */
    public boolean allTargetsMet() {
        return targets.stream().noneMatch(t -> t.status() == TargetCheck.Status.FAIL);
    }

    /**
     * The row of one world × seed.
     *
     * @param report          the decisions evaluated against the truth
     * @param decisionsPolicy label of the policy behind the decisions
     * @param baseline        the history-rules baseline's decisions evaluated on the same truth; null when not run
     * @param baselinePolicy  label of the baseline; null when not run
     */
    public static ScorecardRow row(String world, long seed, EvaluationReport report, String decisionsPolicy,
                                   EvaluationReport baseline, String baselinePolicy, double decideSeconds) {
        return row(world, seed, report, decisionsPolicy, baseline, baselinePolicy, decideSeconds, Map.of());
    }

    /**
     * @param detectable per fixed action key, the smallest difference over the baseline the logged
     *                   experiment tells apart (see {@link ScorecardRow#detectable}); empty when not known
     */
    public static ScorecardRow row(String world, long seed, EvaluationReport report, String decisionsPolicy,
                                   EvaluationReport baseline, String baselinePolicy, double decideSeconds,
                                   Map<String, Double> detectable) {
        Map<String, Double> fixed = new LinkedHashMap<>();
        for (PolicyResult p : report.fixedActions()) {
            fixed.put(actionKey(p.policy()), p.valuePerInvoice());
        }
        PolicyResult best = report.bestFixedAction();
        double decisionsCut = -report.decisionsVsStandard().collectionsPct();
        double oracleCut = -report.oracleVsStandard().collectionsPct();
        double decisionsCash = report.decisionsVsStandard().cashPct();
        double oracleCash = report.oracleVsStandard().cashPct();
        boolean beatsFixed = report.fixedActions().stream()
                .allMatch(p -> report.decisions().totalValue() > p.totalValue());
        Double baselineValue = null;
        Boolean beatsBaseline = null;
        Double marginToBaseline = null;
        if (baseline != null) {
            baselineValue = baseline.decisions().valuePerInvoice();
            beatsBaseline = report.decisions().totalValue() > baseline.decisions().totalValue();
            marginToBaseline = report.decisions().valuePerInvoice() - baselineValue;
        }
        return new ScorecardRow(world, seed, report.invoices(), decisionsPolicy,
                report.decisions().valuePerInvoice(), report.standard().valuePerInvoice(),
                report.oracle().valuePerInvoice(), fixed, actionKey(best.policy()), best.valuePerInvoice(),
                100 * report.gapClosed(),
                decisionsCut, oracleCut, decisionsCut - oracleCut,
                decisionsCash, oracleCash, decisionsCash - oracleCash,
                beatsFixed, report.decisions().valuePerInvoice() - best.valuePerInvoice(),
                baseline == null ? null : baselinePolicy, baselineValue, beatsBaseline, marginToBaseline,
                decideSeconds, detectable.get(actionKey(best.policy())));
    }

    /** {@code always sms} -> {@code sms}. */
    private static String actionKey(String policyName) {
        return policyName.startsWith("always ") ? policyName.substring("always ".length()) : policyName;
    }
}
