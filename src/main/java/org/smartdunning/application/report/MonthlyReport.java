package org.smartdunning.application.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.smartdunning.application.experiments.ExperimentsReport;
import org.smartdunning.application.kpi.KpiReport;
import org.smartdunning.kpi.KpiChange;
import org.smartdunning.kpi.KpiGrouping;
import org.smartdunning.kpi.KpiRow;

/**
 * What the monthly report for the credit manager says: the month's KPIs with the twelve months before
 * (the trend), what changed against the month before and a year before, and the experiments as of
 * the month's end.
 *
 * @param trend       the KPIs by month, from twelve months before {@code month} through it
 * @param changes     each headline KPI against the month before and the same month a year earlier, biggest change first
 * @param experiments the experiments analysed as of the day after the month's last day
 */
public record MonthlyReport(YearMonth month, KpiReport trend, List<KpiChange> changes, ExperimentsReport experiments) {
    public MonthlyReport {
        changes = List.copyOf(changes);
    }

    /** The total row of {@code month}, if the trend covers it. */
    public Optional<KpiRow> row(YearMonth of) {
        return trend.rows().stream().filter(r -> YearMonth.from(r.from()).equals(of) && r.group().equals(KpiGrouping.ALL)).findFirst();
    }

    /** The total row of the report's month. */
    public KpiRow current() {
        return row(month).orElseThrow();
    }
}
