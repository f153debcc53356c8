package org.smartdunning.models;

import java.util.Arrays;
import java.util.List;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;

/**
 * How many logged rows of each action the models learned payment from among invoices like this one:
 * the training rows whose payment is known (their horizon closed), counted per action in coarse
 * buckets of what drives payment (payment record, other unpaid invoices, business or private). A
 * safe policy improvement (SPIBB) trusts the models to move away from the reference's action only
 * where both actions have enough such rows; summed over buckets, they say which actions are still
 * too thin for the learned models to decide at all ({@code policy.DecidingModel}).
 */
public final class LoggedSupport {
    /** Buckets: no history, or on-time share below 0.5, below 0.9, above; × other unpaid; × business. */
    static final int BUCKETS = 4 * 2 * 2;
    private final int[][] counts;

    private LoggedSupport(int[][] counts) {
        this.counts = counts;
    }

    /** Counts the training rows with a known payment by bucket and logged action. */
    public static LoggedSupport of(List<TrainingExample> examples) {
        int[][] counts = new int[BUCKETS][DunningAction.values().length];
        for (TrainingExample e : examples) {
            if (e.labels().paid() != null) {
                counts[bucket(e.features())][e.action().ordinal()]++;
            }
        }
        return new LoggedSupport(counts);
    }

    /** Restores counts saved with {@link #counts()}; {@code rows[bucket][action ordinal]}. */
    public static LoggedSupport restore(int[][] rows) {
        if (rows.length != BUCKETS || Arrays.stream(rows).anyMatch(r -> r.length != DunningAction.values().length)) {
            throw new IllegalArgumentException("logged support must have " + BUCKETS + " buckets of "
                    + DunningAction.values().length + " actions");
        }
        return new LoggedSupport(Arrays.stream(rows).map(int[]::clone).toArray(int[][]::new));
    }

    /** Logged rows of {@code action} among invoices in the same bucket as {@code f}. */
    public int count(InvoiceFeatures f, DunningAction action) {
        return counts[bucket(f)][action.ordinal()];
    }

    /** Logged rows of {@code action} with a known payment, over all invoices. */
    public int total(DunningAction action) {
        int total = 0;
        for (int[] bucket : counts) {
            total += bucket[action.ordinal()];
        }
        return total;
    }

    /** A copy of the counts, {@code [bucket][action ordinal]}, for saving. */
    public int[][] counts() {
        return Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
    }

    static int bucket(InvoiceFeatures f) {
        int record;
        if (f.earlierInvoices() == 0) {
            record = 0;
        } else {
            double onTime = (double) f.paidOnTime() / f.earlierInvoices();
            record = onTime < 0.5 ? 1 : onTime < 0.9 ? 2 : 3;
        }
        return (record * 2 + (f.unpaidNow() > 0 ? 1 : 0)) * 2 + (f.customerType() == CustomerType.BUSINESS ? 1 : 0);
    }
}
