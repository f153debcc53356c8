package org.smartdunning.experiments;

import java.util.List;
import java.util.Locale;

/** Formats policy estimates as a plain-text table: policy | IPS | SNIPS | DR with intervals | ESS | n. */
public final class EstimateTable {
    private static final String ROW = "%-20s %-28s %-28s %-28s %10s %8s%n";

    private EstimateTable() {
    }

    public static String format(List<PolicyEstimate> estimates) {
        StringBuilder out = new StringBuilder();
        out.append("Off-policy estimates of value per invoice (95% confidence intervals)\n");
        out.append(f(ROW, "policy", "IPS [low, high]", "SNIPS [low, high]", "DR [low, high]", "ESS", "n"));
        for (PolicyEstimate p : estimates) {
            out.append(f(ROW, p.policy(), cell(p.ips()), cell(p.snips()), cell(p.dr()),
                    f("%.1f", p.effectiveSampleSize()), p.n()));
        }
        // notes below the table so the columns stay aligned
        for (PolicyEstimate p : estimates) {
            if (!p.note().isEmpty()) {
                out.append(p.policy()).append(": ").append(p.note()).append('\n');
            }
        }
        return out.toString();
    }

    static String cell(Estimate e) {
        if (Double.isNaN(e.value())) {
            return "n/a";
        }
        if (Double.isNaN(e.low())) {
            return f("%.2f [n/a]", e.value());
        }
        return f("%.2f [%.2f, %.2f]", e.value(), e.low(), e.high());
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
