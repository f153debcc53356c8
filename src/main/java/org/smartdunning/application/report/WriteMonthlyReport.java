package org.smartdunning.application.report;

import java.time.YearMonth;
import java.util.List;
import org.smartdunning.application.experiments.AnalyseExperiments;
import org.smartdunning.application.experiments.ExperimentsReport;
import org.smartdunning.application.kpi.KpiReport;
import org.smartdunning.application.kpi.MeasureKpis;
import org.smartdunning.kpi.KpiChanges;
import org.smartdunning.kpi.KpiGrouping;
import org.smartdunning.kpi.KpiRow;
import org.smartdunning.kpi.KpiValues;

/** Writes the credit manager's monthly report: the month's KPIs and their trend, what changed, and the experiments. */
public final class WriteMonthlyReport {
    /** Months of trend before the report's month: a year, so the same month a year ago is among them. */
    static final int TREND_MONTHS = 12;

    private final MeasureKpis kpis;
    private final AnalyseExperiments experiments;
    private final MonthlyReportRenderer renderer;

    public WriteMonthlyReport(MeasureKpis kpis, AnalyseExperiments experiments, MonthlyReportRenderer renderer) {
        this.kpis = kpis;
        this.experiments = experiments;
        this.renderer = renderer;
    }

    /** The report's contents, and the document laid out from them. */
    public record Written(MonthlyReport report, byte[] document) {
    }

    /** @throws IllegalArgumentException when the store holds no history for the creditor */
    public Written write(YearMonth month) {
        MonthlyReport report = gather(month);
        return new Written(report, renderer.render(report));
    }

    /** The report's contents for {@code month}. */
    public MonthlyReport gather(YearMonth month) {
        KpiReport trend = kpis.measure(month.minusMonths(TREND_MONTHS).atDay(1), month.atEndOfMonth(), KpiGrouping.MONTHS);
        ExperimentsReport analysed = experiments.analyse(month.atEndOfMonth().plusDays(1), null,
                AnalyseExperiments.DEFAULT_VALUE_DIFFERENCE, AnalyseExperiments.DEFAULT_PAID_DIFFERENCE);
        MonthlyReport partial = new MonthlyReport(month, trend, List.of(), analysed);
        KpiValues current = partial.current().values();
        return new MonthlyReport(month, trend, KpiChanges.of(current, values(partial, month.minusMonths(1)),
                values(partial, month.minusMonths(TREND_MONTHS))), analysed);
    }

    private static KpiValues values(MonthlyReport report, YearMonth month) {
        return report.row(month).map(KpiRow::values).orElse(null);
    }
}
