package org.smartdunning.kpi;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** What changed in a month: each headline KPI against the month before and a year before, biggest change first. */
public final class KpiChanges {
    private KpiChanges() {
    }

    /**
     * @param previous the month before's values, or null when there is none
     * @param yearAgo  the same month a year earlier, or null when there is none
     */
    public static List<KpiChange> of(KpiValues current, KpiValues previous, KpiValues yearAgo) {
        return List.of(
                change("share paid on time", true, true, KpiValues::paidOnTimeShare, current, previous, yearAgo),
                change("share paid within the horizon", true, true, KpiValues::paidWithinHorizonShare, current,
                        previous, yearAgo),
                change("collection cases", false, false, v -> (double) v.collectionCases(), current, previous, yearAgo),
                change("reminders sent", false, false, v -> (double) v.reminders(), current, previous, yearAgo),
                change("invoice inquiries per 1,000 invoices", false, false, KpiValues::inquiriesPer1000, current,
                        previous, yearAgo),
                change("customers who left", false, false, v -> (double) v.churnedCustomers(), current, previous,
                        yearAgo),
                change("cash recovered", false, true, KpiValues::cashRecovered, current, previous, yearAgo),
                change("cost of dunning", false, false, KpiValues::dunningCost, current, previous, yearAgo),
                change("fee income", false, true, KpiValues::feeIncome, current, previous, yearAgo),
                change("days sales outstanding", false, false, KpiValues::daysSalesOutstanding, current, previous,
                        yearAgo))
                .stream().sorted(Comparator.comparingDouble(KpiChange::size).reversed()).toList();
    }

    private static KpiChange change(String kpi, boolean share, boolean higherIsBetter, Function<KpiValues, Double> figure,
                                    KpiValues current, KpiValues previous, KpiValues yearAgo) {
        return new KpiChange(kpi, share, higherIsBetter, figure.apply(current),
                previous == null ? null : figure.apply(previous), yearAgo == null ? null : figure.apply(yearAgo));
    }
}
