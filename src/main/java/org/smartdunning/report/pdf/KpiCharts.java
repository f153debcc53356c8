package org.smartdunning.report.pdf;

import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.smartdunning.application.report.MonthlyReport;
import org.smartdunning.kpi.KpiRow;
import org.smartdunning.kpi.KpiValues;

/** The KPI trends of the monthly report drawn as line charts (XChart, as the learning curve is), one image each. */
final class KpiCharts {
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 360;

    private KpiCharts() {
    }

    /** The charts, in the order the report shows them. */
    static List<BufferedImage> of(MonthlyReport report) {
        List<KpiRow> rows = report.trend().rows();
        String currency = report.trend().currency() == null ? "" : " (" + report.trend().currency() + ")";
        return List.of(
                chart("Share paid on time and within the horizon (%)", rows,
                        new Line("paid on time", v -> percent(v.paidOnTimeShare())),
                        new Line("paid within " + report.trend().horizonDays() + " days",
                                v -> percent(v.paidWithinHorizonShare()))),
                chart("Collection cases, reminders and customers who left", rows,
                        new Line("collection cases", v -> (double) v.collectionCases()),
                        new Line("reminders", v -> (double) v.reminders()),
                        new Line("customers who left", v -> (double) v.churnedCustomers())),
                chart("Invoice inquiries per 1,000 invoices", rows,
                        new Line("inquiries per 1,000", KpiValues::inquiriesPer1000)),
                chart("Cash recovered, fee income and cost of dunning" + currency, rows,
                        new Line("cash recovered", KpiValues::cashRecovered),
                        new Line("fee income", KpiValues::feeIncome),
                        new Line("cost of dunning", KpiValues::dunningCost)));
    }

    private record Line(String name, Function<KpiValues, Double> figure) {
    }

    private static BufferedImage chart(String title, List<KpiRow> rows, Line... lines) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).build();
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setBaseFont(chart.getStyler().getBaseFont().deriveFont(14f));
        List<String> months = rows.stream().map(r -> YearMonth.from(r.from()).toString()).toList();
        for (Line line : lines) {
            // A month with nothing measured (no invoice due) is a gap, not a zero.
            chart.addSeries(line.name(), months, rows.stream().map(r -> (Number) line.figure().apply(r.values())).toList());
        }
        return BitmapEncoder.getBufferedImage(chart);
    }

    private static Double percent(Double share) {
        return share == null ? null : share * 100;
    }
}
