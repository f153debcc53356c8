package org.smartdunning.world;

import java.time.LocalDate;

/**
 * The single billing cycle. Its due day is chosen so that the run date is exactly a due date plus
 * 14 days, making the batch a whole cycle: with as_of 2026-06-01 invoices are issued on the 1st
 * and due on the 18th (issue = due - 17 days). Per-delivery invoices are due 30 days after issue.
 */
public record BillingCalendar(LocalDate asOf) {
    /** Days between issue and due date of a cycle invoice. */
    public static final int CYCLE_TERMS = 17;
    /** Days between issue and due date of a per-delivery invoice. */
    public static final int DELIVERY_TERMS = 30;
    /** Days after the due date at which the dunning decision is taken. */
    public static final int DECISION_DAYS = 14;
    /** Months of history before the run date. */
    public static final int HISTORY_MONTHS = 24;

    /** The due date whose unpaid invoices form the batch. */
    public LocalDate batchDue() {
        return asOf.minusDays(DECISION_DAYS);
    }

    /** First day of the history. */
    public LocalDate historyStart() {
        return asOf.minusMonths(HISTORY_MONTHS);
    }

    /** Due date of cycle {@code k} months before the batch cycle. */
    public LocalDate cycleDue(int monthsBack) {
        return batchDue().minusMonths(monthsBack);
    }

    /** Number of cycles whose invoices were issued within the history, the batch cycle included. */
    public int cycles() {
        int k = 0;
        while (!cycleDue(k + 1).minusDays(CYCLE_TERMS).isBefore(historyStart())) {
            k++;
        }
        return k + 1;
    }
}
