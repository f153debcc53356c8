package org.smartdunning.report.pdf;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.smartdunning.experiments.analysis.Interval;
import org.smartdunning.kpi.KpiChange;

/** The monthly report's figures and changes in plain English, numbers written as {@code dunning kpis} writes them. */
final class ReportWords {
    private ReportWords() {
    }

    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    static String percent(Double share) {
        return share == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String amount(Double value, String currency) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%,.2f", value) + (currency == null ? "" : " " + currency);
    }

    static String number(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%,.1f", value);
    }

    static String interval(Interval i, boolean share) {
        if (i.estimate() == null) {
            return "n/a";
        }
        String est = share ? percent(i.estimate()) : String.format(Locale.ROOT, "%,.2f", i.estimate());
        if (i.low() == null) {
            return est;
        }
        return share ? est + " (" + percent(i.low()) + " to " + percent(i.high()) + ")"
                : est + String.format(Locale.ROOT, " (%,.2f to %,.2f)", i.low(), i.high());
    }

    /** E.g. "up 1.2 points from March 2026 and down 0.4 points from April 2025". */
    static String change(KpiChange c, YearMonth month) {
        String previous = against(c, c.sincePrevious(), c.previous(), month.minusMonths(1));
        String yearAgo = against(c, c.sinceYearAgo(), c.yearAgo(), month.minusYears(1));
        return previous + "; " + yearAgo;
    }

    /** Whether the month-on-month change is good news, bad news, or neither, in a word. */
    static String verdict(KpiChange c) {
        Double d = c.sincePrevious();
        if (d == null) {
            return "not measured";
        }
        if (d == 0) {
            return "unchanged";
        }
        return (d > 0) == c.higherIsBetter() ? "better" : "worse";
    }

    private static String against(KpiChange c, Double change, Double before, YearMonth then) {
        if (change == null) {
            return "no figure for " + month(then);
        }
        if (change == 0) {
            return "the same as in " + month(then);
        }
        if (!c.share() && before == 0) {
            return "up from 0 in " + month(then);
        }
        String direction = change > 0 ? "up " : "down ";
        String size = c.share() ? String.format(Locale.ROOT, "%.1f points", Math.abs(change) * 100)
                : String.format(Locale.ROOT, "%.0f%%", Math.abs(change) * 100);
        String was = c.share() ? percent(before) : String.format(Locale.ROOT, "%,.2f", before).replaceFirst("\\.00$", "");
        return direction + size + " from " + month(then) + " (" + was + ")";
    }
}
