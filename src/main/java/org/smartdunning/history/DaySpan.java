package org.smartdunning.history;

/** The first and last day any packed row names: the history's span. */
final class DaySpan {
    private int first = Integer.MAX_VALUE;
    private int last = Integer.MIN_VALUE;

    /** Notes the day and returns it. */
    int note(int epochDay) {
        first = Math.min(first, epochDay);
        last = Math.max(last, epochDay);
        return epochDay;
    }

    Days days() {
        return new Days(first, last);
    }
}
