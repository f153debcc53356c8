package org.smartdunning.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The product's targets (issue 14): a creditor has one history, and its experiment resolves only so
 * much, so most targets hold on the mean of a world's seeds; two hold on every row.
 *
 * <p>Per world, on the mean of its seeds: at least {@value #WORLD_GAP_MIN_PCT} % of the
 * standard-to-oracle gap closed; more value than the best single fixed action (the one best on the
 * mean) and than the history-rules baseline; collection cut within {@value #COLLECTION_CUT_MAX_PP} pp
 * and cash recovered within {@value #CASH_MAX_PP} pp of the oracle's (either side). On every row: at
 * least {@value #ROW_GAP_MIN_PCT} % of the gap, and never below the baseline by more than half the
 * difference the row's experiment detects.
 */
public final class Targets {
    public static final double WORLD_GAP_MIN_PCT = 93;
    public static final double ROW_GAP_MIN_PCT = 88;
    public static final double COLLECTION_CUT_MAX_PP = 5;
    public static final double CASH_MAX_PP = 3;
    /** Share of what a row's experiment detects by which it may fall below the baseline. */
    public static final double BASELINE_SLACK_OF_DETECTABLE = 0.5;

    private Targets() {
    }

    /** Every world's verdicts, in the rows' order of worlds, then the every-row verdicts. */
    public static List<TargetCheck> check(List<ScorecardRow> rows) {
        List<TargetCheck> checks = new ArrayList<>();
        Map<String, List<ScorecardRow>> byWorld = rows.stream()
                .collect(Collectors.groupingBy(ScorecardRow::world, LinkedHashMap::new, Collectors.toList()));
        byWorld.forEach((world, seeds) -> checks.addAll(world(world, seeds)));
        checks.add(row(f("gap closed >= %.0f %%", ROW_GAP_MIN_PCT), rows, r -> true,
                r -> r.gapClosedPct() >= ROW_GAP_MIN_PCT, ScorecardRow::gapClosedPct,
                r -> f("%.1f %%", r.gapClosedPct())));
        checks.add(row("not below the baseline by more than half what its experiment detects", rows,
                Targets::baselineAssessable, r -> r.marginToBaseline() >= -allowedShortfall(r),
                r -> r.marginToBaseline() + allowedShortfall(r),
                r -> f("%+.2f per invoice vs %s (allowed -%.2f)", r.marginToBaseline(), r.baselinePolicy(),
                        allowedShortfall(r))));
        return checks;
    }

    /** The five checks on the mean of one world's seeds. */
    static List<TargetCheck> world(String world, List<ScorecardRow> seeds) {
        List<TargetCheck> checks = new ArrayList<>();
        double gap = mean(seeds, ScorecardRow::gapClosedPct);
        checks.add(mean(world, f("gap closed >= %.0f %%", WORLD_GAP_MIN_PCT), seeds, gap >= WORLD_GAP_MIN_PCT,
                r -> r.gapClosedPct() >= WORLD_GAP_MIN_PCT, f("%.1f %%", gap), r -> f("%.1f", r.gapClosedPct())));
        String bestAction = seeds.get(0).fixedActions().keySet().stream()
                .max(Comparator.comparingDouble(a -> mean(seeds, r -> r.fixedActions().get(a)))).orElseThrow();
        double overFixed = mean(seeds, r -> r.decisions() - r.fixedActions().get(bestAction));
        checks.add(mean(world, "above the best fixed action", seeds, overFixed > 0,
                r -> r.decisions() > r.fixedActions().get(bestAction), f("%+.2f per invoice vs always %s", overFixed,
                        bestAction), r -> f("%+.2f", r.decisions() - r.fixedActions().get(bestAction))));
        if (seeds.stream().allMatch(Targets::baselineAssessable)) {
            double overBaseline = mean(seeds, ScorecardRow::marginToBaseline);
            checks.add(mean(world, "above the history-rules baseline", seeds, overBaseline > 0,
                    r -> r.marginToBaseline() > 0, f("%+.2f per invoice", overBaseline),
                    r -> f("%+.2f", r.marginToBaseline())));
        } else {
            checks.add(new TargetCheck(world, "above the history-rules baseline", TargetCheck.Status.NOT_APPLICABLE, 0,
                    0, notAssessed(seeds)));
        }
        double cut = mean(seeds, ScorecardRow::collectionCutDiffPp);
        checks.add(mean(world, f("collection cut within %.0f pp of the oracle's", COLLECTION_CUT_MAX_PP), seeds,
                Math.abs(cut) <= COLLECTION_CUT_MAX_PP, r -> Math.abs(r.collectionCutDiffPp()) <= COLLECTION_CUT_MAX_PP,
                f("%+.1f pp", cut), r -> f("%+.1f", r.collectionCutDiffPp())));
        double cash = mean(seeds, ScorecardRow::cashDiffPp);
        checks.add(mean(world, f("cash within %.0f pp of the oracle's", CASH_MAX_PP), seeds,
                Math.abs(cash) <= CASH_MAX_PP, r -> Math.abs(r.cashDiffPp()) <= CASH_MAX_PP, f("%+.1f pp", cash),
                r -> f("%+.1f", r.cashDiffPp())));
        return checks;
    }

    /** How far below the baseline a row may fall: half the difference its experiment detects (0 when unknown). */
    static double allowedShortfall(ScorecardRow r) {
        return r.detectable() == null ? 0 : BASELINE_SLACK_OF_DETECTABLE * r.detectable();
    }

    private static boolean baselineAssessable(ScorecardRow r) {
        return r.beatsBaseline() != null && !r.decisionsAreBaseline();
    }

    private static String notAssessed(List<ScorecardRow> rows) {
        return rows.stream().anyMatch(ScorecardRow::decisionsAreBaseline) ? "the decisions are the baseline's own"
                : "not measured";
    }

    private static TargetCheck mean(String world, String target, List<ScorecardRow> seeds, boolean met,
                                    Predicate<ScorecardRow> seedMet, String figure, Function<ScorecardRow, String> seedFigure) {
        int seedsMet = (int) seeds.stream().filter(seedMet).count();
        String perSeed = seeds.stream().map(r -> r.seed() + ": " + seedFigure.apply(r)).collect(Collectors.joining(", "));
        return new TargetCheck(world, target, met ? TargetCheck.Status.PASS : TargetCheck.Status.FAIL, seedsMet,
                seeds.size(), f("mean %s (seed %s)", figure, perSeed));
    }

    /**
     * @param assessable rows the target applies to
     * @param closeness  the lower, the worse the row does on the target (NaN counts as worst)
     */
    private static TargetCheck row(String target, List<ScorecardRow> rows, Predicate<ScorecardRow> assessable,
                                   Predicate<ScorecardRow> met, ToDoubleFunction<ScorecardRow> closeness,
                                   Function<ScorecardRow, String> figure) {
        List<ScorecardRow> assessed = rows.stream().filter(assessable).toList();
        if (assessed.isEmpty()) {
            return new TargetCheck(TargetCheck.EVERY_ROW, target, TargetCheck.Status.NOT_APPLICABLE, 0, 0,
                    notAssessed(rows));
        }
        int metCount = (int) assessed.stream().filter(met).count();
        ScorecardRow worst = assessed.stream().min(Comparator.comparingDouble(r -> {
            double c = closeness.applyAsDouble(r);
            return Double.isNaN(c) ? Double.NEGATIVE_INFINITY : c;
        })).orElseThrow();
        TargetCheck.Status status = metCount == assessed.size() ? TargetCheck.Status.PASS : TargetCheck.Status.FAIL;
        return new TargetCheck(TargetCheck.EVERY_ROW, target, status, metCount, assessed.size(),
                worst.label() + ": " + figure.apply(worst));
    }

    private static double mean(List<ScorecardRow> rows, ToDoubleFunction<ScorecardRow> figure) {
        return rows.stream().mapToDouble(figure).average().orElse(Double.NaN);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
