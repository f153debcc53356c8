package org.smartdunning.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartdunning.history.DunningAction;

/** Which facts the models lean on: total split gain per feature, as shares, summed over actions. */
public final class FeatureImportance {
    private FeatureImportance() {
    }

    /** Top features per outcome ("pay", "churn", "inquiry"), largest share first. */
    public static Map<String, List<Map.Entry<String, Double>>> of(LearnedOutcomeModel model, int top) {
        int width = FeatureSchema.width();
        double[] pay = new double[width];
        double[] inquiry = new double[width];
        double[] churn = new double[width + DunningAction.values().length];
        PooledChurn pooled = null;
        for (ArmModels arm : model.arms().values()) {
            addTo(pay, arm.pay() == null ? null : arm.pay().gainImportance(width));
            addTo(inquiry, arm.inquiry() == null ? null : arm.inquiry().gainImportance(width));
            pooled = arm.churn() != null ? arm.churn() : pooled;
        }
        if (pooled != null) {
            addTo(churn, pooled.model().gainImportance(churn.length));
        }
        List<String> churnNames = new ArrayList<>(FeatureSchema.names());
        for (DunningAction a : DunningAction.values()) {
            churnNames.add("action_" + a.key());
        }
        Map<String, List<Map.Entry<String, Double>>> result = new LinkedHashMap<>();
        result.put("pay", ranked(pay, FeatureSchema.names(), top));
        result.put("churn", ranked(churn, churnNames, top));
        result.put("inquiry", ranked(inquiry, FeatureSchema.names(), top));
        return result;
    }

    public static String format(Map<String, List<Map.Entry<String, Double>>> importances) {
        StringBuilder s = new StringBuilder();
        importances.forEach((outcome, ranked) -> {
            s.append(String.format(Locale.ROOT, "%-8s", outcome));
            for (Map.Entry<String, Double> e : ranked) {
                s.append(String.format(Locale.ROOT, " %s %.0f%%", e.getKey(), 100 * e.getValue()));
            }
            s.append(System.lineSeparator());
        });
        return s.toString();
    }

    private static void addTo(double[] total, double[] gains) {
        if (gains != null) {
            for (int i = 0; i < total.length && i < gains.length; i++) {
                total[i] += gains[i];
            }
        }
    }

    private static List<Map.Entry<String, Double>> ranked(double[] gains, List<String> names, int top) {
        double sum = 0;
        for (double g : gains) {
            sum += g;
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>();
        for (int i = 0; i < gains.length; i++) {
            entries.add(Map.entry(names.get(i), sum > 0 ? gains[i] / sum : 0));
        }
        entries.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        return entries.subList(0, Math.min(top, entries.size()));
    }
}
