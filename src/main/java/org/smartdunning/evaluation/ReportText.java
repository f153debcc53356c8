package org.smartdunning.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formats an {@link EvaluationReport} as a plain-text table for the terminal. */
public final class ReportText {
    private ReportText() {
    }

    public static String format(EvaluationReport r) {
        StringBuilder out = new StringBuilder();
        out.append(f("Evaluation of %d batch invoices against the truth (values per invoice, contract formula)%n%n", r.invoices()));
        out.append(f("%-20s %12s %14s %12s %14s %12s %12s%n", "policy", "value/inv", "total value",
                "collections", "cash", "churn", "inquiries"));
        List<PolicyResult> rows = new ArrayList<>();
        rows.add(r.decisions());
        rows.add(r.standard());
        rows.addAll(r.fixedActions());
        rows.add(r.oracle());
        boolean anyFallback = false;
        for (PolicyResult p : rows) {
            String name = p.policy() + (p.fallbacks() > 0 ? " *" : "");
            anyFallback |= p.fallbacks() > 0;
            out.append(f("%-20s %12.2f %14.0f %12d %14.0f %12.1f %12.1f%n", name, p.valuePerInvoice(), p.totalValue(),
                    p.collections(), p.cashRecovered(), p.expectedChurn(), p.expectedInquiries()));
        }
        if (anyFallback) {
            out.append("* where the customer cannot be reached on the channel, a letter is sent instead (");
            List<String> parts = new ArrayList<>();
            for (PolicyResult p : r.fixedActions()) {
                if (p.fallbacks() > 0) {
                    parts.add(p.policy() + ": " + p.fallbacks());
                }
            }
            out.append(String.join(", ", parts)).append(" invoices)\n");
        }
        out.append('\n');
        out.append(f("best fixed action:          %s (%.2f per invoice)%n", r.bestFixedAction().policy(),
                r.bestFixedAction().valuePerInvoice()));
        out.append(f("standard-to-oracle gap closed by the decisions: %s%n",
                Double.isNaN(r.gapClosed()) ? "n/a (no gap)" : f("%.1f %%", 100 * r.gapClosed())));
        out.append(f("collection cases:  decisions %d vs standard %d (%s), oracle %d (%s)%n",
                r.decisions().collections(), r.standard().collections(), pct(r.decisionsVsStandard().collectionsPct()),
                r.oracle().collections(), pct(r.oracleVsStandard().collectionsPct())));
        out.append("relative to the standard process:   decisions   oracle\n");
        out.append(f("  cash recovered                    %9s %8s%n", pct(r.decisionsVsStandard().cashPct()),
                pct(r.oracleVsStandard().cashPct())));
        out.append(f("  expected churned customers        %9s %8s%n", pct(r.decisionsVsStandard().churnPct()),
                pct(r.oracleVsStandard().churnPct())));
        out.append(f("  expected invoice inquiries        %9s %8s%n", pct(r.decisionsVsStandard().inquiriesPct()),
                pct(r.oracleVsStandard().inquiriesPct())));
        return out.toString();
    }

    private static String pct(double value) {
        return Double.isNaN(value) ? "n/a" : f("%+.1f %%", value);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
