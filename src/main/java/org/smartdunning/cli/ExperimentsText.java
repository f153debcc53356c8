package org.smartdunning.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.smartdunning.application.experiments.ExperimentsReport;
import org.smartdunning.experiments.analysis.ArmComparison;
import org.smartdunning.experiments.analysis.ArmFigures;
import org.smartdunning.experiments.analysis.ExperimentResult;
import org.smartdunning.experiments.analysis.Interval;
import org.smartdunning.experiments.analysis.SampleSize;
import org.smartdunning.experiments.analysis.SequentialTest;

/** The experiments in plain words: per experiment its arms, the differences from the control, the verdicts. */
final class ExperimentsText {
    private static final String OUTCOMES = "  %-26s %9s  %-24s %-24s %-24s %-24s%n";
    private static final String MONEY = "  %-26s %9s  %-24s %-24s %-28s%n";

    private ExperimentsText() {
    }

    static void write(PrintWriter out, ExperimentsReport report) {
        String currency = report.currency() == null ? "" : " " + report.currency();
        out.printf(Locale.ROOT, "Experiments as of %s%s. An invoice counts once its %d-day payment horizon, %d-month"
                + " churn window and 30-day inquiry window have closed.%n", report.asOf(),
                currency.isEmpty() ? "" : ", amounts in" + currency, report.horizonDays(), report.churnWindowMonths());
        if (report.experiments().isEmpty()) {
            out.println("No dunning event of this creditor was drawn by an experiment, so there is nothing to analyse.");
        }
        for (ExperimentResult e : report.experiments()) {
            out.println();
            out.printf(Locale.ROOT, "Experiment %s: %,d closed invoices, %,d still open%s; control: %s (%s)%n",
                    e.experiment(), e.invoices(), e.open(), e.firstAction() == null ? ""
                            : ", actions " + e.firstAction() + " to " + e.lastAction(), e.control(), e.controlChoice());
            out.printf(Locale.ROOT, OUTCOMES, "arm", "invoices", "paid within " + report.horizonDays() + " days",
                    "paid on time", "churn", "invoice inquiries");
            e.arms().forEach(arm -> outcomes(out, arm.arm(), count((long) arm.invoices()), arm.figures(), false));
            e.comparisons().forEach(c -> outcomes(out, c.arm() + " vs " + c.against(), "", c.difference(), true));
            out.printf(Locale.ROOT, MONEY, "arm", "invoices", "cost" + currency, "fee income" + currency,
                    "value per invoice" + currency);
            e.arms().forEach(arm -> money(out, arm.arm(), count((long) arm.invoices()), arm.figures(), false));
            e.comparisons().forEach(c -> money(out, c.arm() + " vs " + c.against(), "", c.difference(), true));
            if (!e.comparisons().isEmpty()) {
                out.println("  Sequential test (always-valid 95%: may be read every day, a stop called when it says so):");
                for (ArmComparison c : e.comparisons()) {
                    for (SequentialTest test : List.of(c.value(), c.paidWithinHorizon())) {
                        boolean share = !test.metric().equals("value");
                        out.printf(Locale.ROOT, "    %s vs %s, %s: %s — %s%s%n", c.arm(), c.against(),
                                share ? "paid share" : "value per invoice", bounds(test.interval(), share),
                                test.verdict(), test.resolvedOn() == null ? "" : " (resolved on " + test.resolvedOn() + ")");
                    }
                }
            }
        }
        SampleSize s = report.sampleSize();
        out.println();
        out.printf(Locale.ROOT, "Before an experiment (80%% power, two-sided 5%%, equal arms): detecting %,.2f%s more value"
                + " per invoice takes %s invoices per arm; %.1f points more paid within %d days takes %s per arm."
                + " Measured on %,d dunned invoices with known outcomes (value sd %s, paid %s).%n",
                s.valueDifference(), currency, count(s.valueInvoicesPerArm()), 100 * s.paidDifference(),
                report.horizonDays(), count(s.paidInvoicesPerArm()), s.basedOn(),
                s.valueSd() == null ? "n/a" : String.format(Locale.ROOT, "%,.2f", s.valueSd()),
                s.paidShare() == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * s.paidShare()));
        out.println();
        out.println("For analysts: " + report.estimator() + ".");
    }

    private static void outcomes(PrintWriter out, String arm, String invoices, ArmFigures f, boolean difference) {
        out.printf(Locale.ROOT, OUTCOMES, arm, invoices, interval(f.paidWithinHorizon(), true, difference),
                interval(f.paidOnTime(), true, difference), interval(f.churn(), true, difference),
                interval(f.inquiry(), true, difference));
    }

    private static void money(PrintWriter out, String arm, String invoices, ArmFigures f, boolean difference) {
        out.printf(Locale.ROOT, MONEY, arm, invoices, interval(f.cost(), false, difference),
                interval(f.feeIncome(), false, difference), interval(f.value(), false, difference));
    }

    /** {@code 62.0% [56.0, 68.0]} or {@code 23.40 [-3.10, 49.90]}; differences signed, shares in points. */
    static String interval(Interval i, boolean share, boolean signed) {
        if (i.estimate() == null) {
            return "n/a";
        }
        double scale = share ? 100 : 1;
        String number = (signed ? "%+" : "%") + (share ? ".1f" : ",.2f");
        String text = String.format(Locale.ROOT, number, i.estimate() * scale) + (share && !signed ? "%" : share ? " pts" : "");
        return i.low() == null ? text : text + String.format(Locale.ROOT, " [" + number.replace("%+", "%") + ", "
                + number.replace("%+", "%") + "]", i.low() * scale, i.high() * scale);
    }

    /** The always-valid interval's bounds alone: its centre is not the single look's estimate. */
    private static String bounds(Interval i, boolean share) {
        if (i.low() == null) {
            return "no interval yet";
        }
        double scale = share ? 100 : 1;
        return String.format(Locale.ROOT, share ? "[%.1f, %.1f] pts" : "[%,.2f, %,.2f]", i.low() * scale, i.high() * scale);
    }

    private static String count(Long n) {
        return n == null ? "n/a" : String.format(Locale.ROOT, "%,d", n);
    }
}
