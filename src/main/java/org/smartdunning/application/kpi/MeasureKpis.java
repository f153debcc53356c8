package org.smartdunning.application.kpi;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.smartdunning.application.port.KpiFactsReader;
import org.smartdunning.application.port.ReportCache;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.Invoice;
import org.smartdunning.kpi.KpiCalculator;
import org.smartdunning.kpi.KpiFacts;
import org.smartdunning.kpi.KpiGrouping;
import org.smartdunning.kpi.KpiPeriod;

/** Measures the KPIs of a period from what the creditor's store says happened. */
public final class MeasureKpis {
    /** Months shown when no start is given: a year, ending with the last day's month. */
    static final int DEFAULT_MONTHS = 12;

    private final KpiFactsReader reader;
    private final BusinessSettings settings;
    private final ReportCache reports;

    public MeasureKpis(KpiFactsReader reader, BusinessSettings settings) {
        this(reader, settings, ReportCache.NONE);
    }

    /** @param reports keeps reports until the facts change (the service's pages and API ask again and again) */
    public MeasureKpis(KpiFactsReader reader, BusinessSettings settings, ReportCache reports) {
        this.reader = reader;
        this.settings = settings;
        this.reports = reports;
    }

    /**
     * @param from first day, or null for the first of the month eleven months before {@code to}'s
     * @param to   last day, or null for the latest day the store holds facts of
     * @throws IllegalArgumentException when the period is empty, or no day is given and the store holds no facts
     */
    public KpiReport measure(LocalDate from, LocalDate to, KpiGrouping grouping) {
        String version = reports == ReportCache.NONE ? "" : reader.version();
        return reports.get(key(from, to, grouping), version, () -> measureNow(reader, from, to, grouping));
    }

    /**
     * The last complete report of the period, at once (pages and the API): when a write moved the facts since, a
     * newer one is worked out apart and the answer says so. Only the very first ask waits for the figures.
     *
     * @throws IllegalArgumentException as {@link #measure} does, when nothing is kept yet
     */
    public ReportCache.Stamped<KpiReport> latest(LocalDate from, LocalDate to, KpiGrouping grouping) {
        return reports.latest(key(from, to, grouping), reader, facts -> measureNow(facts, from, to, grouping));
    }

    private String key(LocalDate from, LocalDate to, KpiGrouping grouping) {
        return "kpis " + from + " " + to + " " + grouping.key() + " " + settings;
    }

    private KpiReport measureNow(KpiFactsReader reader, LocalDate from, LocalDate to, KpiGrouping grouping) {
        LocalDate last = to != null ? to : reader.knownThrough().orElseThrow(() -> new IllegalArgumentException(
                "the store holds no history for this creditor yet: import a data folder first, or give --to"));
        LocalDate first = from != null ? from : last.withDayOfMonth(1).minusMonths(DEFAULT_MONTHS - 1);
        KpiPeriod period = new KpiPeriod(first, last);
        KpiFacts facts = reader.read(last, last.plusDays(settings.horizonDays()));
        String currency = facts.history().invoices().stream().map(Invoice::currency).distinct().sorted()
                .collect(Collectors.joining(","));
        return new KpiReport(first, last, grouping.key(), currency.isEmpty() ? null : currency, facts.knownThrough(),
                settings.horizonDays(), new KpiCalculator(settings).rows(facts, period, grouping));
    }
}
