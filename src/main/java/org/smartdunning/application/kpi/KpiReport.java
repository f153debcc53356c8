package org.smartdunning.application.kpi;

import java.time.LocalDate;
import java.util.List;
import org.smartdunning.kpi.KpiRow;

/**
 * The KPIs of a period: the rows (per month and/or group, each with its total row {@code all}),
 * amounts in {@code currency}.
 *
 * @param grouping     how the rows are split: {@code month}, {@code segment}, {@code month,arm}, …
 * @param currency     the invoices' currency (several joined by a comma; null when there are no invoices)
 * @param knownThrough the latest day the store holds facts of; outcomes after it are not counted yet
 * @param horizonDays  the horizon of "paid within the horizon", from business.properties
 */
public record KpiReport(LocalDate from, LocalDate to, String grouping, String currency, LocalDate knownThrough,
                        int horizonDays, List<KpiRow> rows) {
    public KpiReport {
        rows = List.copyOf(rows);
    }
}
