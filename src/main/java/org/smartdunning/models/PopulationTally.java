package org.smartdunning.models;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.DunningAction;

/**
 * The counts behind {@link PopulationRates}: exposure and churn of the customers, outcomes of the closed invoices,
 * inquiries after each action. Counts of disjoint shares of the customers add up to the whole history's, so a
 * creditor split over Spark tasks by customer gets the rates its whole history gives without one task holding it.
 *
 * @param inquiries per action ordinal, windows observed and those with an inquiry
 */
public record PopulationTally(double exposureMonths, int churned, int closed, int paid, int onTime, int leftAlone,
                              int leftAlonePaid, int[][] inquiries, int customers, int events)
        implements java.io.Serializable {

    /** Counts what the history knew before {@code before}, the invoices' and events' outcomes worked out once. */
    public static PopulationTally count(CreditorHistory history, LocalDate before, ClosedInvoices closed,
                                        InquiryWindows windows) {
        double exposureMonths = 0;
        int churned = 0;
        for (Customer c : history.customers()) {
            if (!c.createdOn().isBefore(before)) {
                continue;
            }
            LocalDate end = c.endedBefore(before) ? c.endedOn() : before;
            exposureMonths += Math.max(0, ChronoUnit.DAYS.between(c.createdOn(), end)) / 30.44;
            churned += c.endedBefore(before) ? 1 : 0;
        }
        ClosedInvoices.Counts counts = closed.before(before);
        int[][] inquiries = new int[DunningAction.values().length][];
        for (DunningAction action : DunningAction.values()) {
            inquiries[action.ordinal()] = windows.counts(action, before).clone();
        }
        return new PopulationTally(exposureMonths, churned, counts.closed(), counts.paid(), counts.onTime(),
                counts.leftAlone(), counts.leftAlonePaid(), inquiries, history.customerCount(), history.events().size());
    }

    /** The same counts on the whole history before {@code before}, invoices closing within {@code horizonDays}. */
    public static PopulationTally count(CreditorHistory history, LocalDate before, int horizonDays) {
        return count(history, before, new ClosedInvoices(history, horizonDays), new InquiryWindows(history));
    }

    /** The counts of two disjoint shares of the customers together. */
    public PopulationTally plus(PopulationTally other) {
        int[][] sum = new int[inquiries.length][];
        for (int a = 0; a < sum.length; a++) {
            sum[a] = new int[] {inquiries[a][0] + other.inquiries[a][0], inquiries[a][1] + other.inquiries[a][1]};
        }
        return new PopulationTally(exposureMonths + other.exposureMonths, churned + other.churned, closed + other.closed,
                paid + other.paid, onTime + other.onTime, leftAlone + other.leftAlone, leftAlonePaid + other.leftAlonePaid,
                sum, customers + other.customers, events + other.events);
    }

    /** The rates these counts give. */
    public PopulationRates rates() {
        return PopulationRates.of(this);
    }
}
