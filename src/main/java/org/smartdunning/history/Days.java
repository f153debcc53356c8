package org.smartdunning.history;

import java.time.LocalDate;

/** One {@code LocalDate} per day of a history's span, so that rows handed out by day number share them. */
final class Days {
    /** A longer span is not kept (over 500 years): its days are made when asked for. */
    private static final int MAX_SPAN = 200_000;

    private final int first;
    private final LocalDate[] days;

    Days(int first, int last) {
        this.first = first;
        long span = (long) last - first + 1;
        days = new LocalDate[span > 0 && span <= MAX_SPAN ? (int) span : 0];
        for (int i = 0; i < days.length; i++) {
            days[i] = LocalDate.ofEpochDay((long) first + i);
        }
    }

    LocalDate of(int epochDay) {
        long i = (long) epochDay - first;
        return i >= 0 && i < days.length ? days[(int) i] : LocalDate.ofEpochDay(epochDay);
    }
}
