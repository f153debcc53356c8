package org.smartdunning.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Scorecard rows and target checks from hand-made evaluation reports of 100 invoices; every figure is worked out below. */
class ScorecardTest {
    private static final Offset<Double> EXACT = within(1e-9);

    /*
     * Good world (seed 1):                       total   per inv  collections  cash
     *   decisions                                 9600     96         10       8000
     *   standard (collection for all)             5000     50        100       8500
     *   always none/sms/email/letter/collection   7000/8000/7500/9000/5000
     *   oracle                                   10000    100          8       8200
     *   gap closed      (9600-5000)/(10000-5000)            = 92 %          >= 90        met
     *   collection cut  decisions 90 %, oracle 92 %, diff   = -2 pp         |.| <= 5     met
     *   cash vs std     decisions -500/8500 = -5.882 %, oracle -300/8500 = -3.529 %,
     *                   diff -200/8500 = -2.353 pp                          |.| <= 3     met
     *   best fixed      letter 90: margin +6, beats every fixed action                   met
     *   baseline        9100 (91): margin +5, beats it                                   met
     */
    static final EvaluationReport GOOD = report(9600, 10, 8000, new double[] {7000, 8000, 7500, 9000, 5000},
            10000, 8, 8200);
    static final EvaluationReport GOOD_BASELINE = report(9100, 12, 8100, new double[] {7000, 8000, 7500, 9000, 5000},
            10000, 8, 8200);

    /*
     * Weak world (seed 2):
     *   decisions 8000 (80), 40 collections, cash 9000; oracle 10000 (100), 20 collections, cash 8600
     *   gap closed      3000/5000                           = 60 %          missed
     *   collection cut  decisions 60 %, oracle 80 %         = -20 pp        missed
     *   cash vs std     +500/8500 = +5.882 %, +100/8500 = +1.176 %, diff +400/8500 = +4.706 pp  missed
     *   best fixed      email 8500 (85): margin -5          missed
     *   baseline        8000 (80): equal, margin 0, does not beat it (strictly more needed)
     */
    static final EvaluationReport WEAK = report(8000, 40, 9000, new double[] {7000, 8000, 8500, 8200, 5000},
            10000, 20, 8600);
    static final EvaluationReport WEAK_BASELINE = report(8000, 40, 9000, new double[] {7000, 8000, 8500, 8200, 5000},
            10000, 20, 8600);

    @Test
    void rowHoldsValuesPerInvoiceAndTheFiguresBehindTheTargets() {
        ScorecardRow r = Scorecard.row("nordic", 1, GOOD, "learned@1", GOOD_BASELINE, "history-rules@1", 2.5);

        assertThat(r.label()).isEqualTo("nordic-1");
        assertThat(r.invoices()).isEqualTo(100);
        assertThat(r.decisions()).isCloseTo(96, EXACT);
        assertThat(r.standard()).isCloseTo(50, EXACT);
        assertThat(r.oracle()).isCloseTo(100, EXACT);
        assertThat(r.fixedActions()).containsExactly(java.util.Map.entry("none", 70.0), java.util.Map.entry("sms", 80.0),
                java.util.Map.entry("email", 75.0), java.util.Map.entry("letter", 90.0),
                java.util.Map.entry("collection", 50.0));
        assertThat(r.bestFixedAction()).isEqualTo("letter");
        assertThat(r.bestFixed()).isCloseTo(90, EXACT);
        assertThat(r.gapClosedPct()).isCloseTo(92, EXACT);
        assertThat(r.decisionsCollectionCutPct()).isCloseTo(90, EXACT);
        assertThat(r.oracleCollectionCutPct()).isCloseTo(92, EXACT);
        assertThat(r.collectionCutDiffPp()).isCloseTo(-2, EXACT);
        assertThat(r.decisionsCashPct()).isCloseTo(-500 * 100.0 / 8500, EXACT);
        assertThat(r.oracleCashPct()).isCloseTo(-300 * 100.0 / 8500, EXACT);
        assertThat(r.cashDiffPp()).isCloseTo(-200 * 100.0 / 8500, EXACT);
        assertThat(r.beatsEveryFixedAction()).isTrue();
        assertThat(r.marginToBestFixed()).isCloseTo(6, EXACT);
        assertThat(r.baselinePolicy()).isEqualTo("history-rules@1");
        assertThat(r.baseline()).isCloseTo(91, EXACT);
        assertThat(r.beatsBaseline()).isTrue();
        assertThat(r.marginToBaseline()).isCloseTo(5, EXACT);
        assertThat(r.decisionsAreBaseline()).isFalse();
        assertThat(r.decideSeconds()).isEqualTo(2.5);
        assertThat(r.detectable()).as("not known").isNull();
    }

    @Test
    void rowShowsWhatTheExperimentDetectsForTheBestFixedAction() {
        ScorecardRow r = Scorecard.row("nordic", 1, GOOD, "learned@1", GOOD_BASELINE, "history-rules@1", 2.5,
                java.util.Map.of("none", 4.0, "letter", 12.5, "sms", 30.0));

        assertThat(r.detectable()).as("letter is the best fixed action here").isEqualTo(12.5);
        assertThat(ScorecardText.format(Scorecard.of(List.of(r)))).containsPattern("(?m)^nordic-1 .*\\| +12\\.50 \\| +2\\.5$");
    }

    @Test
    void everyTargetPassesWhenEveryRowMeetsIt() {
        Scorecard card = Scorecard.of(List.of(Scorecard.row("nordic", 1, GOOD, "learned@1", GOOD_BASELINE, "history-rules@1", 1)));

        assertThat(card.targets()).extracting(TargetCheck::status).containsOnly(TargetCheck.Status.PASS);
        assertThat(card.targets()).extracting(TargetCheck::rowsMet).containsOnly(1);
        assertThat(card.targets().get(0).worst()).isEqualTo("nordic-1: 92.0 %");
        assertThat(card.allTargetsMet()).isTrue();
    }

    @Test
    void aTargetFailsWhenOneRowMissesItAndNamesTheWorstRow() {
        Scorecard card = Scorecard.of(List.of(
                Scorecard.row("nordic", 1, GOOD, "learned@1", GOOD_BASELINE, "history-rules@1", 1),
                Scorecard.row("nordic", 2, WEAK, "learned@1", WEAK_BASELINE, "history-rules@1", 1)));

        ScorecardRow weak = card.rows().get(1);
        assertThat(weak.gapClosedPct()).isCloseTo(60, EXACT);
        assertThat(weak.collectionCutDiffPp()).isCloseTo(-20, EXACT);
        assertThat(weak.cashDiffPp()).isCloseTo(400 * 100.0 / 8500, EXACT);
        assertThat(weak.beatsEveryFixedAction()).isFalse();
        assertThat(weak.marginToBestFixed()).isCloseTo(-5, EXACT);
        assertThat(weak.beatsBaseline()).as("equal value is not beating").isFalse();

        assertThat(card.targets()).extracting(TargetCheck::status).containsOnly(TargetCheck.Status.FAIL);
        assertThat(card.targets()).extracting(TargetCheck::rowsMet).containsOnly(1);
        assertThat(card.targets()).extracting(TargetCheck::rowsAssessed).containsOnly(2);
        assertThat(card.targets()).extracting(TargetCheck::worst).containsExactly(
                "nordic-2: 60.0 %",
                "nordic-2: -20.0 pp (60.0 % vs oracle 80.0 %)",
                "nordic-2: +4.7 pp (+5.9 % vs oracle +1.2 %)",
                "nordic-2: -5.00 per invoice vs always email",
                "nordic-2: +0.00 per invoice vs history-rules@1");
        assertThat(card.allTargetsMet()).isFalse();
    }

    @Test
    void theCollectionAndCashTargetsAllowEitherSideOfTheOracle() {
        // decisions cut 97 % of collections (3), oracle 92 %: +5 pp, still within; cash 8455 vs 8200: +3.0 pp is 255/8500 = 3.0 pp
        EvaluationReport over = report(9600, 3, 8455, new double[] {7000, 8000, 7500, 9000, 5000}, 10000, 8, 8200);
        ScorecardRow r = Scorecard.row("nordic", 3, over, "learned@1", null, null, 1);

        assertThat(r.collectionCutDiffPp()).isCloseTo(5, EXACT);
        assertThat(r.cashDiffPp()).isCloseTo(3, within(1e-9));
        List<TargetCheck> targets = Scorecard.checkTargets(List.of(r));
        assertThat(targets.get(1).status()).isEqualTo(TargetCheck.Status.PASS);
        assertThat(targets.get(2).status()).isEqualTo(TargetCheck.Status.PASS);
    }

    @Test
    void theBaselineTargetIsNotApplicableWhenTheBaselineDecidedOrWasNotRun() {
        ScorecardRow same = Scorecard.row("nordic", 1, GOOD, "history-rules@1", GOOD, "history-rules@1", 1);
        ScorecardRow notRun = Scorecard.row("nordic", 1, GOOD, "learned@1", null, "history-rules@1", 1);

        assertThat(same.decisionsAreBaseline()).isTrue();
        assertThat(same.beatsBaseline()).isFalse();
        TargetCheck sameCheck = Scorecard.checkTargets(List.of(same)).get(4);
        assertThat(sameCheck.status()).isEqualTo(TargetCheck.Status.NOT_APPLICABLE);
        assertThat(sameCheck.worst()).isEqualTo("the decisions are the baseline's own");
        assertThat(Scorecard.of(List.of(same)).allTargetsMet()).as("n/a is not a failure").isTrue();

        assertThat(notRun.baseline()).isNull();
        assertThat(notRun.beatsBaseline()).isNull();
        assertThat(notRun.baselinePolicy()).isNull();
        assertThat(Scorecard.checkTargets(List.of(notRun)).get(4))
                .extracting(TargetCheck::status, TargetCheck::worst)
                .containsExactly(TargetCheck.Status.NOT_APPLICABLE, "not measured");
    }

    @Test
    void noGapBetweenStandardAndOracleFailsTheGapTarget() {
        EvaluationReport flat = new EvaluationReport(100, result("decisions", 5000, 100, 8500),
                result("standard process", 5000, 100, 8500), fixed(new double[] {4000, 4000, 4000, 4000, 5000}),
                result("oracle", 5000, 100, 8500), Double.NaN,
                EvaluationReport.Versus.of(result("decisions", 5000, 100, 8500), result("standard process", 5000, 100, 8500)),
                EvaluationReport.Versus.of(result("oracle", 5000, 100, 8500), result("standard process", 5000, 100, 8500)));
        ScorecardRow r = Scorecard.row("flat", 1, flat, "learned@1", null, null, 1);

        assertThat(r.gapClosedPct()).isNaN();
        assertThat(r.beatsEveryFixedAction()).as("a tie with always collection").isFalse();
        TargetCheck gap = Scorecard.checkTargets(List.of(r)).get(0);
        assertThat(gap.status()).isEqualTo(TargetCheck.Status.FAIL);
        assertThat(gap.worst()).isEqualTo("flat-1: NaN %");
    }

    @Test
    void theTableHasARowPerWorldAndSeedAndALinePerTarget() {
        Scorecard card = Scorecard.of(List.of(
                Scorecard.row("nordic", 1, GOOD, "learned@1", GOOD_BASELINE, "history-rules@1", 1.25),
                Scorecard.row("nordic", 2, WEAK, "learned@1", WEAK_BASELINE, "history-rules@1", 3)));

        String text = ScorecardText.format(card);

        assertThat(text).containsPattern("(?m)^nordic-1 +100 \\| +96\\.00 +91\\.00 +50\\.00 +70\\.00 +80\\.00 +75\\.00 +90\\.00 +50\\.00 +100\\.00 \\| +92\\.0% \\|");
        assertThat(text).containsPattern("(?m)^nordic-2 +100 \\| +80\\.00 .*\\| no -5\\.00 +\\| no \\+0\\.00 +\\| +- \\| +3\\.0$");
        assertThat(text).containsPattern("(?m)^  FAIL  standard-to-oracle gap closed >= 90 % +1/2 met; worst nordic-2: 60\\.0 %$");
        assertThat(text.lines().filter(l -> l.startsWith("  PASS") || l.startsWith("  FAIL") || l.startsWith("  n/a"))).hasSize(5);
    }

    // ---- hand-made reports of 100 invoices; standard process: 5000 total, 100 collections, cash 8500

    static EvaluationReport report(double decidedTotal, long decidedCollections, double decidedCash, double[] fixedTotals,
                                   double oracleTotal, long oracleCollections, double oracleCash) {
        PolicyResult decided = result("decisions", decidedTotal, decidedCollections, decidedCash);
        PolicyResult standard = result("standard process", 5000, 100, 8500);
        PolicyResult oracle = result("oracle", oracleTotal, oracleCollections, oracleCash);
        double gap = (decidedTotal - 5000) / (oracleTotal - 5000);
        return new EvaluationReport(100, decided, standard, fixed(fixedTotals), oracle, gap,
                EvaluationReport.Versus.of(decided, standard), EvaluationReport.Versus.of(oracle, standard));
    }

    static List<PolicyResult> fixed(double[] totals) {
        String[] names = {"none", "sms", "email", "letter", "collection"};
        List<PolicyResult> fixed = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            fixed.add(result("always " + names[i], totals[i], names[i].equals("collection") ? 100 : 0, 8000));
        }
        return fixed;
    }

    static PolicyResult result(String name, double total, long collections, double cash) {
        return new PolicyResult(name, total, total / 100, collections, cash, 1, 1, 0);
    }
}
