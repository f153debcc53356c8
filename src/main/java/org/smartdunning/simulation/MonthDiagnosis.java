package org.smartdunning.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.policy.CandidateValue;
import org.smartdunning.policy.Decision;
import org.smartdunning.world.TruthRow;

/**
 * Where one month's engine loses value against the oracle, by the truth: for every pair of the
 * engine's unexplored choice and the oracle's action on which they differ, how often and the value
 * lost; what the models' best action (before the reference rule holds it back) would have been
 * worth; and, per action, how far the models' expected value is from the truth's (bias).
 */
public final class MonthDiagnosis {
    private static final int ACTIONS = DunningAction.values().length;
    private final int[][] count = new int[ACTIONS][ACTIONS];
    private final double[][] lost = new double[ACTIONS][ACTIONS];
    private final double[] biasSum = new double[ACTIONS];
    private final int[] biasCount = new int[ACTIONS];
    private final double[] payBias = new double[ACTIONS];
    private final double[] churnBias = new double[ACTIONS];
    private double clvBias;
    private int invoices;
    private int heldBack;
    private double choice;
    private double modelBest;
    private double heldBackGain;

    /** Adds one invoice: the engine's unexplored decision on it and the truth. */
    void add(TruthRow truth, Decision greedy) {
        invoices++;
        DunningAction taken = greedy.action();
        DunningAction oracle = truth.bestAction();
        count[taken.ordinal()][oracle.ordinal()]++;
        lost[taken.ordinal()][oracle.ordinal()] += truth.values().get(oracle) - truth.values().get(taken);
        CandidateValue best = null;
        for (CandidateValue c : greedy.candidates()) {
            best = best == null || c.value() > best.value() ? c : best;
            Double t = truth.values().get(c.action());
            if (t != null) {
                biasSum[c.action().ordinal()] += c.value() - t;
                biasCount[c.action().ordinal()]++;
                OutcomeProbabilities real = truth.outcomes().get(c.action());
                payBias[c.action().ordinal()] += c.outcomes().pay() - real.pay();
                churnBias[c.action().ordinal()] += c.outcomes().churn() - real.churn();
            }
        }
        clvBias += greedy.clv() - truth.clv();
        DunningAction bestAction = best == null ? taken : best.action();
        choice += truth.values().get(taken);
        modelBest += truth.values().get(bestAction);
        if (bestAction != taken) {
            heldBack++;
            heldBackGain += truth.values().get(bestAction) - truth.values().get(taken);
        }
    }

    /** The month's diagnosis in plain lines, values per invoice of the month. */
    public List<String> lines() {
        double n = Math.max(1, invoices);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  choice %.2f, models' best %.2f per invoice; best held back on %d invoices,"
                + " worth %+.2f per invoice by the truth", choice / n, modelBest / n, heldBack, heldBackGain / n));
        StringBuilder pairs = new StringBuilder("  lost against the oracle (engine>oracle: n, per invoice of the month):");
        List<int[]> order = new ArrayList<>();
        for (int a = 0; a < ACTIONS; a++) {
            for (int o = 0; o < ACTIONS; o++) {
                if (a != o && count[a][o] > 0) {
                    order.add(new int[] {a, o});
                }
            }
        }
        order.sort((x, y) -> Double.compare(lost[y[0]][y[1]], lost[x[0]][x[1]]));
        for (int[] p : order.subList(0, Math.min(6, order.size()))) {
            pairs.append(String.format(Locale.ROOT, " %s>%s %d %.2f;", key(p[0]), key(p[1]), count[p[0]][p[1]],
                    lost[p[0]][p[1]] / n));
        }
        lines.add(pairs.toString());
        StringBuilder bias = new StringBuilder("  models' value minus the truth's, mean per action:");
        for (int a = 0; a < ACTIONS; a++) {
            if (biasCount[a] > 0) {
                bias.append(String.format(Locale.ROOT, " %s %+.2f", key(a), biasSum[a] / biasCount[a]));
            }
        }
        lines.add(bias.toString());
        // the value's parts: a payment error weighs the amount, a churn error the customer's lifetime value
        StringBuilder parts = new StringBuilder(String.format(Locale.ROOT, "  of which, models minus truth: CLV %+.1f;"
                + " per action P(pay), P(churn) in points:", clvBias / n));
        for (int a = 0; a < ACTIONS; a++) {
            if (biasCount[a] > 0) {
                parts.append(String.format(Locale.ROOT, " %s %+.1f %+.1f", key(a), 100 * payBias[a] / biasCount[a],
                        100 * churnBias[a] / biasCount[a]));
            }
        }
        lines.add(parts.toString());
        return lines;
    }

    private static String key(int ordinal) {
        return DunningAction.values()[ordinal].key();
    }
}
