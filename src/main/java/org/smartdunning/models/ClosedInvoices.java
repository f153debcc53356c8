package org.smartdunning.models;

import java.time.LocalDate;
import java.util.Arrays;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceLedger;

/**
 * Every invoice's outcome within its horizon, in the order the horizons end, so the counts of the
 * invoices whose horizon ended before any day are read by a search rather than a pass over every
 * invoice and its payments (the KPI report asks once per month of a 100,000-customer history).
 */
public final class ClosedInvoices {
    private static final int PAID = 1;
    private static final int ON_TIME = 2;
    private static final int LEFT_ALONE = 4;

    private final long[] horizonEnds;
    private final int[] paid;
    private final int[] onTime;
    private final int[] leftAlone;
    private final int[] leftAlonePaid;

    /** Counts of the invoices whose horizon ended before a day, as {@link PopulationRates} reads them. */
    record Counts(int closed, int paid, int onTime, int leftAlone, int leftAlonePaid) {
    }

    public ClosedInvoices(CreditorHistory history, int horizonDays) {
        long[] keys = new long[history.invoiceCount()];
        int n = 0;
        InvoiceLedger ledger = history.ledger();
        for (int k = 0; k < ledger.invoices(); k++) {
            int due = ledger.dueOn(k);
            long horizonEnd = (long) due + horizonDays;
            long amount = ledger.cents(k);
            long byHorizon = 0;
            long byDue = 0;
            for (int j = 0; j < ledger.payments(k); j++) {
                int day = ledger.paidOn(k, j);
                long cents = ledger.paidCents(k, j);
                byHorizon += day > horizonEnd ? 0 : cents;
                byDue += day > due ? 0 : cents;
            }
            boolean leftAlone = ledger.events(k) > 0 && ledger.eventAction(k, 0) == DunningAction.NONE;
            int flags = (byHorizon >= amount ? PAID : 0) | (byDue >= amount ? ON_TIME : 0) | (leftAlone ? LEFT_ALONE : 0);
            keys[n++] = horizonEnd << 3 | flags; // day * 8 + flags: sorts by day, flags in the low bits
        }
        Arrays.sort(keys, 0, n);
        horizonEnds = new long[n];
        paid = new int[n + 1];
        onTime = new int[n + 1];
        leftAlone = new int[n + 1];
        leftAlonePaid = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int flags = (int) (keys[i] & 7);
            horizonEnds[i] = keys[i] >> 3;
            paid[i + 1] = paid[i] + ((flags & PAID) != 0 ? 1 : 0);
            onTime[i + 1] = onTime[i] + ((flags & ON_TIME) != 0 ? 1 : 0);
            leftAlone[i + 1] = leftAlone[i] + ((flags & LEFT_ALONE) != 0 ? 1 : 0);
            leftAlonePaid[i + 1] = leftAlonePaid[i] + ((flags & (LEFT_ALONE | PAID)) == (LEFT_ALONE | PAID) ? 1 : 0);
        }
    }

    /** The invoices whose horizon ended before {@code before}. */
    Counts before(LocalDate before) {
        int k = firstAtOrAfter(before.toEpochDay());
        return new Counts(k, paid[k], onTime[k], leftAlone[k], leftAlonePaid[k]);
    }

    private int firstAtOrAfter(long day) {
        int lo = 0;
        int hi = horizonEnds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (horizonEnds[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
