package org.smartdunning.models;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Invoice;

/**
 * Every dunning event's inquiry window ({@link PopulationRates#INQUIRY_DAYS} after it) and whether an
 * invoice inquiry fell in it, in the order the windows end, so the counts per action of the windows
 * ended before any day are read by a search rather than a pass over every event and its customer's inquiries.
 */
public final class InquiryWindows {
    private static final DunningAction[] ACTIONS = DunningAction.values();

    private final long[] windowEnds;
    private final int[][] events;   // [action][k]: events of that action among the first k windows
    private final int[][] inquired; // [action][k]: of those, followed by an inquiry

    public InquiryWindows(CreditorHistory history) {
        List<DunningEvent> all = history.events();
        long[] keys = new long[all.size()];
        int n = 0;
        for (DunningEvent event : all) {
            LocalDate windowEnd = event.occurredOn().plusDays(PopulationRates.INQUIRY_DAYS);
            Invoice invoice = history.invoice(event.invoiceId());
            Customer customer = invoice == null ? null : history.customer(invoice.customerId());
            boolean asked = customer != null && OutcomeLabels.inquiryWithin(history, customer, event, windowEnd);
            // day * 16 + action * 2 + asked: sorts by day, the rest in the low bits
            keys[n++] = windowEnd.toEpochDay() << 4 | (long) event.action().ordinal() << 1 | (asked ? 1 : 0);
        }
        Arrays.sort(keys, 0, n);
        windowEnds = new long[n];
        events = new int[ACTIONS.length][n + 1];
        inquired = new int[ACTIONS.length][n + 1];
        for (int i = 0; i < n; i++) {
            windowEnds[i] = keys[i] >> 4;
            int action = (int) (keys[i] >> 1 & 7);
            for (int a = 0; a < ACTIONS.length; a++) {
                events[a][i + 1] = events[a][i] + (a == action ? 1 : 0);
                inquired[a][i + 1] = inquired[a][i] + (a == action && (keys[i] & 1) != 0 ? 1 : 0);
            }
        }
    }

    /** Per action, the events whose window ended before {@code before} and those followed by an inquiry. */
    int[] counts(DunningAction action, LocalDate before) {
        int lo = 0;
        int hi = windowEnds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (windowEnds[mid] < before.toEpochDay()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return new int[] {events[action.ordinal()][lo], inquired[action.ordinal()][lo]};
    }
}
