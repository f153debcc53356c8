package org.smartdunning.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.smartdunning.application.experiments.AnalyseExperiments;
import org.smartdunning.application.experiments.ExperimentsReport;
import org.smartdunning.application.port.ReportCache;
import org.smartdunning.bootstrap.CreditorService;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.experiments.analysis.ArmComparison;
import org.smartdunning.experiments.analysis.ArmFigures;
import org.smartdunning.experiments.analysis.ArmResult;
import org.smartdunning.experiments.analysis.ExperimentResult;
import org.smartdunning.experiments.analysis.Interval;
import org.smartdunning.experiments.analysis.SampleSize;
import org.smartdunning.experiments.analysis.SequentialTest;

/**
 * The creditor's experiments ({@code ?as_of=&control=}, as the experiments API reads them): per
 * experiment its arms with 95% intervals, each arm against the control, and the sequential test's
 * always-valid intervals and verdicts; below, what an experiment to come would need.
 */
final class ExperimentsPage implements PageHandler {
    /** What the page asks with no day or control given: worked out for every creditor when the service starts. */
    static void askDefault(CreditorService creditor) {
        creditor.engine().analyseExperiments(BusinessSettings.DEFAULTS).latest(null, null,
                AnalyseExperiments.DEFAULT_VALUE_DIFFERENCE, AnalyseExperiments.DEFAULT_PAID_DIFFERENCE);
    }

    @Override
    public Page render(Context ctx, CreditorService creditor) {
        LocalDate asOf = day(ctx.queryParam("as_of"));
        String control = ctx.queryParam("control");
        control = control == null || control.isBlank() ? null : control.strip();
        Map<String, Object> values = new HashMap<>();
        values.put("asOf", asOf == null ? "" : asOf.toString());
        values.put("control", control == null ? "" : control);
        ExperimentsReport report;
        try {
            // the last complete analysis at once; after a write a newer one is worked out apart, as the stamp says
            ReportCache.Stamped<ExperimentsReport> kept = creditor.engine().analyseExperiments(BusinessSettings.DEFAULTS)
                    .latest(asOf, control, AnalyseExperiments.DEFAULT_VALUE_DIFFERENCE,
                            AnalyseExperiments.DEFAULT_PAID_DIFFERENCE);
            report = kept.report();
            values.put("stamp", ReportStamp.of(kept));
        } catch (IllegalArgumentException e) {
            values.put("unmeasured", e.getMessage());
            return Page.of("experiments", "Experiments", Menu.EXPERIMENTS, values);
        }
        String currency = report.currency() == null ? "" : report.currency();
        List<Map<String, Object>> experiments = new ArrayList<>();
        for (int i = 0; i < report.experiments().size(); i++) {
            experiments.add(experiment("experiment-" + (i + 1), report.experiments().get(i), report.horizonDays(),
                    currency));
        }
        values.put("report", report);
        values.put("experiments", experiments);
        values.put("needed", sampleSize(report.sampleSize(), report.horizonDays(), currency));
        return Page.of("experiments", "Experiments", Menu.EXPERIMENTS, values);
    }

    private static Map<String, Object> experiment(String id, ExperimentResult e, int horizonDays, String currency) {
        List<String> columns = List.of("Paid within " + horizonDays + " days", "Paid on time", "Churn",
                "Invoice inquiries", "Cost (" + currency + ")", "Fee income (" + currency + ")",
                "Value per invoice (" + currency + ")");
        List<String> armColumns = new ArrayList<>(List.of("Invoices", "Still open"));
        armColumns.addAll(columns);
        List<ChartTable.Row> arms = new ArrayList<>();
        for (ArmResult arm : e.arms()) {
            List<Figures.Cell> cells = new ArrayList<>(List.of(Figures.count(arm.invoices()), Figures.count(arm.open())));
            cells.addAll(figures(arm.figures(), false));
            arms.add(new ChartTable.Row(arm.arm(), cells));
        }
        List<ChartTable.Row> differences = new ArrayList<>();
        List<ChartTable.Row> sequential = new ArrayList<>();
        for (ArmComparison c : e.comparisons()) {
            differences.add(new ChartTable.Row(c.arm(), figures(c.difference(), true)));
            sequential.add(new ChartTable.Row(c.arm(), List.of(always(c.value(), false),
                    Figures.Cell.of(c.value().verdict(), null), always(c.paidWithinHorizon(), true),
                    Figures.Cell.of(c.paidWithinHorizon().verdict(), null))));
        }
        Map<String, Object> view = new HashMap<>();
        view.put("id", id);
        view.put("result", e);
        view.put("tables", List.of(
                new ChartTable(id + "-arms", "Arms of " + e.experiment() + ": figures per invoice with 95% intervals",
                        null, false, "Arm", armColumns, arms),
                new ChartTable(id + "-differences", "Each arm less " + e.control() + " (95% intervals for a single look)",
                        null, false, "Arm", columns, differences),
                new ChartTable(id + "-sequential", "Sequential test against " + e.control()
                        + ": always-valid 95% intervals, which may be read every day", null, false, "Arm",
                        List.of("Value per invoice (" + currency + ")", "Verdict on value", "Paid share",
                                "Verdict on paid share"), sequential)));
        return view;
    }

    /** The seven figures: shares as percentages (points for a difference), amounts with two decimals. */
    private static List<Figures.Cell> figures(ArmFigures f, boolean difference) {
        List<Figures.Cell> cells = new ArrayList<>();
        for (Interval share : List.of(f.paidWithinHorizon(), f.paidOnTime(), f.churn(), f.inquiry())) {
            cells.add(cell(share, true, difference));
        }
        for (Interval amount : List.of(f.cost(), f.feeIncome(), f.value())) {
            cells.add(cell(amount, false, difference));
        }
        return cells;
    }

    private static Figures.Cell cell(Interval i, boolean share, boolean difference) {
        if (i.estimate() == null) {
            return Figures.Cell.of(Templates.NOTHING, null);
        }
        Function<Double, String> text = v -> share ? String.format(Locale.ROOT, "%.1f", 100 * v)
                : String.format(Locale.ROOT, "%,.2f", v);
        String unit = share ? (difference ? " pts" : "%") : "";
        String shown = (difference && i.estimate() >= 0 ? "+" : "") + text.apply(i.estimate()) + unit
                + (i.low() == null ? "" : " [" + text.apply(i.low()) + ", " + text.apply(i.high()) + "]");
        return Figures.Cell.of(shown, i.estimate());
    }

    /** The always-valid interval's bounds (its value: the lower bound); its centre is not the single look's estimate. */
    private static Figures.Cell always(SequentialTest test, boolean share) {
        Interval i = test.interval();
        if (i.low() == null) {
            return Figures.Cell.of("no interval yet", null);
        }
        double scale = share ? 100 : 1;
        String shown = String.format(Locale.ROOT, share ? "[%.1f, %.1f] pts" : "[%,.2f, %,.2f]", i.low() * scale,
                i.high() * scale);
        return Figures.Cell.of(shown, i.low());
    }

    private static Map<String, Object> sampleSize(SampleSize s, int horizonDays, String currency) {
        Map<String, Object> view = new HashMap<>();
        view.put("valueDifference", String.format(Locale.ROOT, "%,.2f %s", s.valueDifference(), currency));
        view.put("valueInvoices", s.valueInvoicesPerArm() == null ? null : String.format(Locale.ROOT, "%,d",
                s.valueInvoicesPerArm()));
        view.put("paidPoints", String.format(Locale.ROOT, "%.1f", 100 * s.paidDifference()));
        view.put("paidInvoices", s.paidInvoicesPerArm() == null ? null : String.format(Locale.ROOT, "%,d",
                s.paidInvoicesPerArm()));
        view.put("horizonDays", horizonDays);
        view.put("basedOn", String.format(Locale.ROOT, "%,d", s.basedOn()));
        return view;
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new PageProblem(400, "The as-of date must be written YYYY-MM-DD.");
        }
    }
}
