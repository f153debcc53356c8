package org.smartdunning.experiments.analysis;

import java.time.LocalDate;

/**
 * The always-valid comparison of one arm with the control on one metric, as of the analysis day.
 *
 * @param metric     what is compared: {@code value} (per invoice) or {@code paid_within_horizon} (share)
 * @param interval   the arm's difference from the control with its always-valid 95% interval (the
 *                   intersection of every interval since both arms had {@value #MIN_PER_ARM} invoices)
 * @param invoices   the experiment's closed invoices the sequence has taken in
 * @param resolvedOn the first day the interval left 0 out, or null
 * @param resolved   whether a stop may be called now
 * @param verdict    the verdict in plain words
 */
public record SequentialTest(String metric, Interval interval, int invoices, LocalDate resolvedOn, boolean resolved,
                             String verdict) {
    /** Closed invoices each of the two arms needs before the sequence is read: below, its spread is a guess. */
    public static final int MIN_PER_ARM = 20;
    /** The number of experiment invoices around which the interval is tightest (it is valid at every number). */
    public static final int PLANNED_INVOICES = 1_000;
}
