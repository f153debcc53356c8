package org.smartdunning.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/**
 * On a synthetic world: do the estimated effects of each action match the hidden truth? Mean
 * predicted against mean true P(pay), P(churn) and P(inquiry) over the batch, per action.
 */
public final class EffectCheck {
    /** One action's means over the batch invoices both sides know. */
    public record Row(DunningAction action, int n, OutcomeProbabilities predicted, OutcomeProbabilities truth) {
    }

    private EffectCheck() {
    }

    public static List<Row> compare(List<TruthCase> truth, Map<InvoiceId, Map<DunningAction, OutcomeProbabilities>> predicted) {
        List<Row> rows = new ArrayList<>();
        for (DunningAction action : DunningAction.values()) {
            double[] p = new double[3];
            double[] t = new double[3];
            int n = 0;
            for (TruthCase c : truth) {
                Map<DunningAction, OutcomeProbabilities> byAction = predicted.get(c.invoiceId());
                if (byAction == null || !byAction.containsKey(action)) {
                    continue;
                }
                add(p, byAction.get(action));
                add(t, c.outcome(action));
                n++;
            }
            if (n > 0) {
                rows.add(new Row(action, n, mean(p, n), mean(t, n)));
            }
        }
        return rows;
    }

    public static String format(List<Row> rows) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-11s %6s %17s %17s %17s%n", "action", "n",
                "P(pay) est/true", "P(churn) est/true", "P(inq) est/true"));
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%-11s %6d %8.3f /%6.3f %8.3f /%6.3f %8.3f /%6.3f%n", r.action().key(), r.n(),
                    r.predicted().pay(), r.truth().pay(), r.predicted().churn(), r.truth().churn(),
                    r.predicted().inquiry(), r.truth().inquiry()));
        }
        return s.toString();
    }

    private static void add(double[] sums, OutcomeProbabilities p) {
        sums[0] += p.pay();
        sums[1] += p.churn();
        sums[2] += p.inquiry();
    }

    private static OutcomeProbabilities mean(double[] sums, int n) {
        return new OutcomeProbabilities(sums[0] / n, sums[1] / n, sums[2] / n);
    }
}
