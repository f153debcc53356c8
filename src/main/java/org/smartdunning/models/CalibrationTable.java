package org.smartdunning.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.smartdunning.history.DunningAction;

/**
 * Do the probabilities mean what they say? Out-of-fold predictions of the training rows against
 * what happened, in bins of equal size, per outcome and action. Churn is shown as P(churn within
 * the churn window) from the monthly rates.
 */
public final class CalibrationTable {
    static final int BINS = 4;

    /** One bin: rows, mean prediction and observed share (for churn: expected and observed events per row). */
    public record Row(String outcome, DunningAction action, int bin, int n, double predicted, double observed) {
    }

    private CalibrationTable() {
    }

    public static List<Row> of(LearnedOutcomeModel model) {
        List<Row> rows = new ArrayList<>();
        for (ArmModels arm : model.arms().values()) {
            add(rows, "pay", arm.action(), arm.pay());
            add(rows, "inquiry", arm.action(), arm.inquiry());
        }
        return rows;
    }

    /**
     * Churn rows of the pooled model per action, binned by predicted monthly rate. Both sides are
     * events per exposed month turned into P(churn within the window): exposure ends at a churn,
     * so comparing events per row would mislead.
     */
    public static List<Row> churn(PooledChurn churn, List<TrainingExample> rows, int windowMonths) {
        List<Row> out = new ArrayList<>();
        if (churn == null || churn.model() == null) {
            return out;
        }
        List<TrainingExample> exposed = rows.stream().filter(e -> e.labels().exposureMonths() > 0).toList();
        double[] expected = churn.model().outOfFold();
        float[] observed = churn.model().labels();
        for (DunningAction action : DunningAction.values()) {
            double factor = churn.calibration().getOrDefault(action, 1.0);
            List<double[]> cases = new ArrayList<>(); // rate, expected events, observed events, exposure
            for (int i = 0; i < exposed.size(); i++) {
                if (exposed.get(i).action() == action) {
                    double exposure = exposed.get(i).labels().exposureMonths();
                    cases.add(new double[] {expected[i] * factor / exposure, expected[i] * factor, observed[i], exposure});
                }
            }
            cases.sort(Comparator.comparingDouble(c -> c[0]));
            for (int b = 0; b < BINS && cases.size() >= BINS; b++) {
                int from = b * cases.size() / BINS;
                int to = (b + 1) * cases.size() / BINS;
                double e = 0, o = 0, months = 0;
                for (double[] c : cases.subList(from, to)) {
                    e += c[1];
                    o += c[2];
                    months += c[3];
                }
                out.add(new Row("churn", action, b, to - from, 1 - Math.exp(-e / months * windowMonths),
                        1 - Math.exp(-o / months * windowMonths)));
            }
        }
        return out;
    }

    public static String format(List<Row> rows) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-8s %-11s %4s %8s %10s %9s%n",
                "outcome", "action", "bin", "rows", "predicted", "observed"));
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%-8s %-11s %4d %8d %10.3f %9.3f%n", r.outcome(), r.action().key(),
                    r.bin() + 1, r.n(), r.predicted(), r.observed()));
        }
        return s.toString();
    }

    private static void add(List<Row> rows, String outcome, DunningAction action, CrossFittedModel model) {
        if (model == null) {
            return;
        }
        double[] p = model.outOfFold();
        float[] y = model.labels();
        List<double[]> pairs = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            pairs.add(new double[] {p[i], y[i]});
        }
        bin(rows, outcome, action, pairs);
    }

    private static void bin(List<Row> rows, String outcome, DunningAction action, List<double[]> pairs) {
        double[][] sorted = pairs.toArray(double[][]::new);
        Arrays.sort(sorted, Comparator.comparingDouble(pair -> pair[0]));
        for (int b = 0; b < BINS && sorted.length >= BINS; b++) {
            int from = b * sorted.length / BINS;
            int to = (b + 1) * sorted.length / BINS;
            double predicted = 0;
            double observed = 0;
            for (int i = from; i < to; i++) {
                predicted += sorted[i][0];
                observed += sorted[i][1];
            }
            rows.add(new Row(outcome, action, b, to - from, predicted / (to - from), observed / (to - from)));
        }
    }
}
