package org.smartdunning.evaluation;

import java.util.Locale;
import java.util.Map;

/** Formats a {@link Scorecard} as one plain-text table (a row per world × seed) and a pass/fail line per target. */
public final class ScorecardText {
    private ScorecardText() {
    }

    public static String format(Scorecard card) {
        StringBuilder out = new StringBuilder();
        out.append(f("%-26s %8s | %-71s | %6s | %-20s | %-20s | %-12s | %-12s | %7s | %6s%n", "", "",
                "value per invoice", "gap", "collection cut", "cash vs standard", "beats every", "beats", "exprmnt",
                "decide"));
        out.append(f("%-26s %8s | %7s %7s %7s %7s %7s %7s %7s %7s %7s | %6s | %6s %6s %6s | %6s %6s %6s | %-12s | %-12s | %7s | %6s%n",
                "world-seed", "invoices", "decided", "baseln", "standrd", "none", "sms", "email", "letter", "collect",
                "oracle", "closed", "decid", "oracle", "diff", "decid", "oracle", "diff", "fixed action", "baseline",
                "detects", "s"));
        for (ScorecardRow r : card.rows()) {
            Map<String, Double> fixed = r.fixedActions();
            out.append(f("%-26s %8d | %7.2f %7s %7.2f %7s %7s %7s %7s %7s %7.2f | %6s | %6s %6s %6s | %6s %6s %6s | %-12s | %-12s | %7s | %6.1f%n",
                    r.label(), r.invoices(), r.decisions(), r.baseline() == null ? "-" : f("%.2f", r.baseline()),
                    r.standard(), value(fixed, "none"), value(fixed, "sms"), value(fixed, "email"), value(fixed, "letter"),
                    value(fixed, "collection"), r.oracle(), pct(r.gapClosedPct()),
                    pct(r.decisionsCollectionCutPct()), pct(r.oracleCollectionCutPct()), pp(r.collectionCutDiffPp()),
                    signedPct(r.decisionsCashPct()), signedPct(r.oracleCashPct()), pp(r.cashDiffPp()),
                    yesNo(r.beatsEveryFixedAction(), r.marginToBestFixed()),
                    r.beatsBaseline() == null ? "-" : yesNo(r.beatsBaseline(), r.marginToBaseline()),
                    r.detectable() == null ? "-" : f("%.2f", r.detectable()), r.decideSeconds()));
        }
        out.append('\n');
        out.append("decided: the engine's decisions (").append(policies(card)).append("); baseln: history-rules baseline"
                + " run in-process on the same history and batch; gap closed: share of the standard-to-oracle gap;\n"
                + "collection cut: fewer collection cases than the standard process (collection for all), in %;"
                + " cash: cash recovered relative to the standard process; diff: decisions minus oracle, in pp;\n"
                + "beats: yes/no and the margin in value per invoice (to the best fixed action / to the baseline);\n"
                + "exprmnt detects: the smallest difference between the best fixed action and the baseline that the"
                + " world's logged experiment tells apart (95% confidence, 4 times in 5), per invoice;"
                + " decide s: wall time of the decide job, import included.\n\n");
        out.append("targets: per world on the mean of its seeds, then on every world × seed:\n");
        String scope = null;
        for (TargetCheck t : card.targets()) {
            if (!t.scope().equals(scope)) {
                scope = t.scope();
                out.append("  ").append(scope).append(scope.equals(TargetCheck.EVERY_ROW) ? "" : " (mean of its seeds)")
                        .append(":\n");
            }
            String status = switch (t.status()) {
                case PASS -> "PASS";
                case FAIL -> "FAIL";
                case NOT_APPLICABLE -> "n/a ";
            };
            out.append(f("    %s  %-68s %s%n", status, t.target(), t.status() == TargetCheck.Status.NOT_APPLICABLE
                    ? "(" + t.worst() + ")" : t.scope().equals(TargetCheck.EVERY_ROW)
                    ? f("%d/%d met; worst %s", t.rowsMet(), t.rowsAssessed(), t.worst()) : t.worst()));
        }
        return out.toString();
    }

    private static String policies(Scorecard card) {
        return String.join(", ", card.rows().stream().map(ScorecardRow::decisionsPolicy).distinct().toList());
    }

    private static String value(Map<String, Double> fixed, String key) {
        Double v = fixed.get(key);
        return v == null ? "-" : f("%.2f", v);
    }

    private static String yesNo(boolean yes, double margin) {
        return f("%s %+.2f", yes ? "yes" : "no", margin);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : f("%.1f%%", v);
    }

    private static String signedPct(double v) {
        return Double.isNaN(v) ? "n/a" : f("%+.1f%%", v);
    }

    private static String pp(double v) {
        return Double.isNaN(v) ? "n/a" : f("%+.1f", v);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
