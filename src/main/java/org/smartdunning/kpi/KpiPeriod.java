package org.smartdunning.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A span of days, both ends included. */
public record KpiPeriod(LocalDate from, LocalDate to) {
    public KpiPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The calendar months the period touches, each cut to the period. */
    public List<KpiPeriod> months() {
        List<KpiPeriod> months = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate monthEnd = start.withDayOfMonth(start.lengthOfMonth());
            LocalDate end = monthEnd.isAfter(to) ? to : monthEnd;
            months.add(new KpiPeriod(start, end));
            start = end.plusDays(1);
        }
        return months;
    }
}
