package org.smartdunning.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.application.experiments.ExperimentsReport;
import org.smartdunning.experiments.analysis.ArmComparison;
import org.smartdunning.experiments.analysis.ArmFigures;
import org.smartdunning.experiments.analysis.ArmResult;
import org.smartdunning.experiments.analysis.ExperimentResult;
import org.smartdunning.experiments.analysis.Interval;
import org.smartdunning.experiments.analysis.SampleSize;
import org.smartdunning.experiments.analysis.SequentialTest;

/**
 * The experiments' report as CSV, one figure a line: {@code kind} is {@code arm} (the arm's figure),
 * {@code difference} (arm less control, 95% for one look), {@code always_valid} (the sequential test)
 * or {@code sample_size} ({@code estimate} is the invoices needed per arm for a difference of {@code low}).
 */
final class ExperimentsCsv {
    static final String HEADER = "experiment,arm,against,kind,figure,estimate,low,high,invoices,open,verdict";

    private ExperimentsCsv() {
    }

    static void write(PrintWriter out, ExperimentsReport report) {
        out.println(HEADER);
        for (ExperimentResult e : report.experiments()) {
            for (ArmResult arm : e.arms()) {
                figures(out, e.experiment(), arm.arm(), "", "arm", arm.figures(), arm.invoices() + "," + arm.open());
            }
            for (ArmComparison c : e.comparisons()) {
                figures(out, e.experiment(), c.arm(), c.against(), "difference", c.difference(), ",");
                for (SequentialTest test : List.of(c.value(), c.paidWithinHorizon())) {
                    line(out, e.experiment(), c.arm(), c.against(), "always_valid", test.metric(), test.interval(),
                            test.invoices() + ",", test.verdict());
                }
            }
        }
        SampleSize s = report.sampleSize();
        line(out, "", "", "", "sample_size", "value", new Interval(number(s.valueInvoicesPerArm()), s.valueDifference(),
                null), s.basedOn() + ",", "");
        line(out, "", "", "", "sample_size", "paid_within_horizon", new Interval(number(s.paidInvoicesPerArm()),
                s.paidDifference(), null), s.basedOn() + ",", "");
    }

    private static void figures(PrintWriter out, String experiment, String arm, String against, String kind,
                                ArmFigures f, String counts) {
        String[] names = {"paid_within_horizon", "paid_on_time", "churn", "inquiry", "cost", "fee_income", "value"};
        Interval[] values = {f.paidWithinHorizon(), f.paidOnTime(), f.churn(), f.inquiry(), f.cost(), f.feeIncome(),
            f.value()};
        for (int i = 0; i < names.length; i++) {
            line(out, experiment, arm, against, kind, names[i], values[i], counts, "");
        }
    }

    private static void line(PrintWriter out, String experiment, String arm, String against, String kind, String figure,
                             Interval interval, String counts, String verdict) {
        List<String> cells = new ArrayList<>(List.of(KpiCsv.quoted(experiment), KpiCsv.quoted(arm),
                KpiCsv.quoted(against), kind, figure, plain(interval.estimate()), plain(interval.low()),
                plain(interval.high()), counts, KpiCsv.quoted(verdict)));
        out.println(String.join(",", cells));
    }

    private static Double number(Long count) {
        return count == null ? null : count.doubleValue();
    }

    /** Plain decimals, as the KPIs' CSV writes them; empty where nothing was measured. */
    private static String plain(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
