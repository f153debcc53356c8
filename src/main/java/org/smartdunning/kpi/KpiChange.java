package org.smartdunning.kpi;

/**
 * One KPI of a month against the month before and the same month a year earlier; a figure is null
 * where it was not measured (nothing due, no month of data).
 *
 * @param kpi       the KPI's name in plain words, e.g. {@code share paid on time}
 * @param share     whether the KPI is a share (changes are in percentage points) rather than a count or amount
 * @param higherIsBetter whether a rise is good news for the creditor
 */
public record KpiChange(String kpi, boolean share, boolean higherIsBetter, Double current, Double previous,
                        Double yearAgo) {

    /** The change against the previous month: points for a share, a fraction of the previous figure otherwise. */
    public Double sincePrevious() {
        return change(previous);
    }

    /** The change against the same month a year ago, measured as {@link #sincePrevious()}. */
    public Double sinceYearAgo() {
        return change(yearAgo);
    }

    /** How big the month-on-month change is, comparable across KPIs: points for shares, per cent otherwise. */
    public double size() {
        Double change = sincePrevious();
        return change == null ? -1 : Math.abs(change) * 100;
    }

    private Double change(Double before) {
        if (current == null || before == null) {
            return null;
        }
        if (share) {
            return current - before;
        }
        // From nothing to something has no fraction: it counts as a doubling so it still ranks high.
        return before == 0 ? (current == 0 ? 0.0 : Math.signum(current)) : (current - before) / Math.abs(before);
    }
}
