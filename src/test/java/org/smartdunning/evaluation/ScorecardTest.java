package org.smartdunning.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Scorecard rows and the table from hand-made evaluation reports of 100 invoices; every figure is worked out below. */
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
    void theTableHasARowPerWorldAndSeedAndALinePerTarget() {
        Scorecard card = Scorecard.of(List.of(
                Scorecard.row("nordic", 1, GOOD, "learned@1", GOOD_BASELINE, "history-rules@1", 1.25),
                Scorecard.row("nordic", 2, WEAK, "learned@1", WEAK_BASELINE, "history-rules@1", 3)));

        String text = ScorecardText.format(card);

        assertThat(text).containsPattern("(?m)^nordic-1 +100 \\| +96\\.00 +91\\.00 +50\\.00 +70\\.00 +80\\.00 +75\\.00 +90\\.00 +50\\.00 +100\\.00 \\| +92\\.0% \\|");
        assertThat(text).containsPattern("(?m)^nordic-2 +100 \\| +80\\.00 .*\\| no -5\\.00 +\\| no \\+0\\.00 +\\| +- \\| +3\\.0$");
        assertThat(text).containsPattern("(?m)^  nordic \\(mean of its seeds\\):$");
        assertThat(text).containsPattern("(?m)^    FAIL  gap closed >= 93 % +mean 76\\.0 % \\(seed 1: 92\\.0, 2: 60\\.0\\)$");
        assertThat(text).containsPattern("(?m)^  every row:$");
        assertThat(text).containsPattern("(?m)^    FAIL  gap closed >= 88 % +1/2 met; worst nordic-2: 60\\.0 %$");
        assertThat(text.lines().filter(l -> l.startsWith("    PASS") || l.startsWith("    FAIL") || l.startsWith("    n/a")))
                .as("five per world, two on every row").hasSize(7);
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
