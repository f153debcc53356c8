package org.smartdunning.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.smartdunning.application.kpi.KpiReport;
import org.smartdunning.application.port.ReportCache;
import org.smartdunning.bootstrap.CreditorService;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.kpi.KpiGrouping;
import org.smartdunning.kpi.KpiRow;
import org.smartdunning.kpi.KpiValues;

/**
 * KPI trends by month from what happened ({@code ?from=&to=}, as the KPI API reads them), and the
 * same months split by experiment arm: each arm against the invoices no experiment randomised.
 */
final class KpiPage implements PageHandler {
    /** One call gives both: each month's arms and its total row. */
    static final KpiGrouping GROUPING = KpiGrouping.parse("month,arm");

    /** What the page asks when no period is given: worked out for every creditor when the service starts. */
    static void askDefault(CreditorService creditor) {
        creditor.engine().measureKpis(BusinessSettings.DEFAULTS).latest(null, null, GROUPING);
    }

    @Override
    public Page render(Context ctx, CreditorService creditor) {
        LocalDate from = day(ctx.queryParam("from"), "from");
        LocalDate to = day(ctx.queryParam("to"), "to");
        Map<String, Object> values = new HashMap<>();
        values.put("from", from == null ? "" : from.toString());
        values.put("to", to == null ? "" : to.toString());
        KpiReport report;
        try {
            // the last complete report at once; after a write a newer one is worked out apart, and the stamp says so
            ReportCache.Stamped<KpiReport> kept = creditor.engine().measureKpis(BusinessSettings.DEFAULTS)
                    .latest(from, to, GROUPING);
            report = kept.report();
            values.put("stamp", ReportStamp.of(kept));
        } catch (IllegalArgumentException e) {
            values.put("unmeasured", e.getMessage());
            return Page.of("kpis", "KPIs", Menu.KPIS, values);
        }
        String currency = report.currency() == null ? "" : report.currency();
        List<KpiRow> totals = report.rows().stream().filter(r -> r.group().equals(KpiGrouping.ALL)).toList();
        values.put("report", report);
        values.put("charts", List.of(
                table("kpi-paid", "Share of invoices paid on time and within " + report.horizonDays() + " days", "line",
                        true, totals, List.of("Paid on time", "Paid within " + report.horizonDays() + " days"),
                        v -> Figures.share(v.paidOnTimeShare()), v -> Figures.share(v.paidWithinHorizonShare())),
                table("kpi-reminders", "Reminders per channel and collection cases", "bar", false, totals,
                        List.of("SMS", "E-mail", "Letter", "Collection cases"), v -> Figures.count(v.smsReminders()),
                        v -> Figures.count(v.emailReminders()), v -> Figures.count(v.letterReminders()),
                        v -> Figures.count(v.collectionCases())),
                table("kpi-notices", "Notices on or before the due date, per channel", "bar", false, totals,
                        List.of("SMS", "E-mail", "Letter"), v -> Figures.count(v.smsNotices()),
                        v -> Figures.count(v.emailNotices()), v -> Figures.count(v.letterNotices())),
                table("kpi-inquiries", "Invoice inquiries per 1,000 invoices due", "line", false, totals,
                        List.of("Inquiries per 1,000"), v -> Figures.decimal(v.inquiriesPer1000(), 1)),
                table("kpi-churn", "Churned customers", "bar", false, totals, List.of("Churned customers"),
                        v -> Figures.count(v.churnedCustomers())),
                table("kpi-clv", "Average customer lifetime value (" + currency + ")", "line", false, totals,
                        List.of("Average CLV"), v -> Figures.amount(v.averageClv())),
                table("kpi-cash", "Cash recovered, cost of dunning and fee income (" + currency + ")", "line", false,
                        totals, List.of("Cash recovered", "Cost of dunning", "Fee income"),
                        v -> Figures.amount(v.cashRecovered()), v -> Figures.amount(v.dunningCost()),
                        v -> Figures.amount(v.feeIncome())),
                table("kpi-volume", "Invoices due and days sales outstanding", null, false, totals,
                        List.of("Invoices due", "Invoiced (" + currency + ")", "Days sales outstanding"),
                        v -> Figures.count(v.invoicesDue()), v -> Figures.amount(v.invoiced()),
                        v -> Figures.decimal(v.daysSalesOutstanding(), 1))));
        List<KpiRow> byArm = report.rows().stream().filter(r -> !r.group().equals(KpiGrouping.ALL)).toList();
        Set<String> arms = new LinkedHashSet<>();
        byArm.stream().map(KpiRow::group).sorted().forEach(arms::add);
        values.put("arms", arms.isEmpty() ? List.of() : List.of(
                byArm(byArm, arms, "kpi-arm-paid", "Share paid on time, by experiment arm", "line", true,
                        v -> Figures.share(v.paidOnTimeShare())),
                byArm(byArm, arms, "kpi-arm-due", "Invoices due, by experiment arm (how many each share rests on)", null,
                        false, v -> Figures.count(v.invoicesDue()))));
        return Page.of("kpis", "KPIs", Menu.KPIS, values);
    }

    @SafeVarargs
    private static ChartTable table(String id, String caption, String chart, boolean percent, List<KpiRow> rows,
                                    List<String> columns, Function<KpiValues, Figures.Cell>... cells) {
        List<ChartTable.Row> out = new ArrayList<>();
        for (KpiRow row : rows) {
            List<Figures.Cell> values = new ArrayList<>();
            for (Function<KpiValues, Figures.Cell> cell : cells) {
                values.add(cell.apply(row.values()));
            }
            out.add(new ChartTable.Row(month(row), values));
        }
        return new ChartTable(id, caption, chart, percent, "Month", columns, out);
    }

    /** Months as rows, one column per arm. */
    private static ChartTable byArm(List<KpiRow> rows, Set<String> arms, String id, String caption, String chart,
                                    boolean percent, Function<KpiValues, Figures.Cell> cell) {
        Map<String, Map<String, Figures.Cell>> months = new LinkedHashMap<>();
        for (KpiRow row : rows) {
            months.computeIfAbsent(month(row), m -> new HashMap<>()).put(row.group(), cell.apply(row.values()));
        }
        List<ChartTable.Row> out = new ArrayList<>();
        months.forEach((month, cells) -> out.add(new ChartTable.Row(month, arms.stream()
                .map(arm -> cells.getOrDefault(arm, Figures.Cell.of(Templates.NOTHING, null))).toList())));
        return new ChartTable(id, caption, chart, percent, "Month", List.copyOf(arms), out);
    }

    private static String month(KpiRow row) {
        return row.from().toString().substring(0, 7);
    }

    private static LocalDate day(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new PageProblem(400, "The " + name + " date must be written YYYY-MM-DD.");
        }
    }
}
