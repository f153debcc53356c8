package org.smartdunning.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The engine measured on several synthetic worlds and seeds: one {@link ScorecardRow} per
 * world × seed, and the product's targets checked on all of them.
 *
 * <p>Targets (each must hold on every row):
 * <ul>
 *   <li>the decisions close at least 90 % of the standard-to-oracle value gap;</li>
 *   <li>their cut in collection cases is within 5 percentage points of the oracle's cut (either side);</li>
 *   <li>their cash recovered, relative to the standard process, is within 3 percentage points of the oracle's (either side);</li>
 *   <li>they earn strictly more than every single fixed action;</li>
 *   <li>they earn strictly more than the history-rules baseline — not applicable when the baseline was not run
 *       or when the decisions are the baseline's own.</li>
 * </ul>
 */
public record Scorecard(List<ScorecardRow> rows, List<TargetCheck> targets) {
    public static final double GAP_CLOSED_MIN_PCT = 90;
    public static final double COLLECTION_CUT_MAX_PP = 5;
    public static final double CASH_MAX_PP = 3;

    public Scorecard {
        rows = List.copyOf(rows);
        targets = List.copyOf(targets);
    }

    /** Scores the rows against the product's targets. */
    public static Scorecard of(List<ScorecardRow> rows) {
        return new Scorecard(rows, checkTargets(rows));
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

    /** The product's targets, each checked on every row. */
    public static List<TargetCheck> checkTargets(List<ScorecardRow> rows) {
        List<TargetCheck> checks = new ArrayList<>();
        checks.add(check(f("standard-to-oracle gap closed >= %.0f %%", GAP_CLOSED_MIN_PCT), rows, r -> true,
                r -> r.gapClosedPct() >= GAP_CLOSED_MIN_PCT, ScorecardRow::gapClosedPct,
                r -> f("%.1f %%", r.gapClosedPct())));
        checks.add(check(f("collection cut within %.0f pp of the oracle's cut", COLLECTION_CUT_MAX_PP), rows, r -> true,
                r -> Math.abs(r.collectionCutDiffPp()) <= COLLECTION_CUT_MAX_PP, r -> -Math.abs(r.collectionCutDiffPp()),
                r -> f("%+.1f pp (%.1f %% vs oracle %.1f %%)", r.collectionCutDiffPp(), r.decisionsCollectionCutPct(),
                        r.oracleCollectionCutPct())));
        checks.add(check(f("cash recovered within %.0f pp of the oracle's", CASH_MAX_PP), rows, r -> true,
                r -> Math.abs(r.cashDiffPp()) <= CASH_MAX_PP, r -> -Math.abs(r.cashDiffPp()),
                r -> f("%+.1f pp (%+.1f %% vs oracle %+.1f %%)", r.cashDiffPp(), r.decisionsCashPct(), r.oracleCashPct())));
        checks.add(check("beats every single fixed action", rows, r -> true,
                ScorecardRow::beatsEveryFixedAction, ScorecardRow::marginToBestFixed,
                r -> f("%+.2f per invoice vs always %s", r.marginToBestFixed(), r.bestFixedAction())));
        checks.add(check("beats the history-rules baseline", rows,
                r -> r.beatsBaseline() != null && !r.decisionsAreBaseline(),
                r -> r.beatsBaseline(), r -> r.marginToBaseline(),
                r -> f("%+.2f per invoice vs %s", r.marginToBaseline(), r.baselinePolicy())));
        return checks;
    }

    /**
     * @param assessable rows the target applies to
     * @param closeness  the lower, the worse the row does on the target (NaN counts as worst)
     */
    private static TargetCheck check(String target, List<ScorecardRow> rows, Predicate<ScorecardRow> assessable,
                                     Predicate<ScorecardRow> met, ToDoubleFunction<ScorecardRow> closeness,
                                     java.util.function.Function<ScorecardRow, String> figure) {
        List<ScorecardRow> assessed = rows.stream().filter(assessable).toList();
        if (assessed.isEmpty()) {
            String why = rows.stream().anyMatch(ScorecardRow::decisionsAreBaseline)
                    ? "the decisions are the baseline's own" : "not measured";
            return new TargetCheck(target, TargetCheck.Status.NOT_APPLICABLE, 0, 0, why);
        }
        int metCount = (int) assessed.stream().filter(met).count();
        ScorecardRow worst = assessed.stream().min(Comparator.comparingDouble(r -> {
            double c = closeness.applyAsDouble(r);
            return Double.isNaN(c) ? Double.NEGATIVE_INFINITY : c;
        })).orElseThrow();
        TargetCheck.Status status = metCount == assessed.size() ? TargetCheck.Status.PASS : TargetCheck.Status.FAIL;
        return new TargetCheck(target, status, metCount, assessed.size(), worst.label() + ": " + figure.apply(worst));
    }

    /** {@code always sms} -> {@code sms}. */
    private static String actionKey(String policyName) {
        return policyName.startsWith("always ") ? policyName.substring("always ".length()) : policyName;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
