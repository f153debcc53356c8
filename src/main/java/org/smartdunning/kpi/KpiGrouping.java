package org.smartdunning.kpi;

import java.util.Locale;

/**
 * How the rows are split: by calendar month, by one {@link KpiDimension}, or both. Every split
 * also has its total row, group {@value #ALL}.
 *
 * @param monthly   one row set per calendar month, else one for the whole period
 * @param dimension the dimension of the groups, or null for the totals alone
 */
public record KpiGrouping(boolean monthly, KpiDimension dimension) {
    /** The group of the total row. */
    public static final String ALL = "all";
    /** By month, totals only: the default. */
    public static final KpiGrouping MONTHS = new KpiGrouping(true, null);

    /** Reads {@code month}, {@code segment}, {@code stage}, {@code policy}, {@code arm}, or {@code month,<dimension>}. */
    public static KpiGrouping parse(String text) {
        boolean monthly = false;
        KpiDimension dimension = null;
        for (String part : text.split(",")) {
            String key = part.trim().toLowerCase(Locale.ROOT);
            if (key.equals("month")) {
                monthly = true;
                continue;
            }
            KpiDimension named = null;
            for (KpiDimension d : KpiDimension.values()) {
                named = d.key().equals(key) ? d : named;
            }
            if (named == null || dimension != null) {
                throw new IllegalArgumentException("--by takes month, segment, stage, policy or arm, or month and one"
                        + " of the others (e.g. month,arm); was '" + text + "'");
            }
            dimension = named;
        }
        return new KpiGrouping(monthly, dimension);
    }

    /** As {@link #parse} reads it. */
    public String key() {
        if (dimension == null) {
            return monthly ? "month" : ALL;
        }
        return monthly ? "month," + dimension.key() : dimension.key();
    }
}
