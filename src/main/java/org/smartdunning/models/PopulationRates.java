package org.smartdunning.models;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;

/**
 * Creditor-wide rates measured on history known before a day: monthly churn hazard, share of
 * invoices paid (within the horizon; by the due date; within the horizon when left alone once overdue), and how
 * often each action was followed by an invoice inquiry.
 */
public record PopulationRates(double monthlyChurnHazard, double payShare, double onTimeShare, double leftAlonePaid,
                              Map<DunningAction, Double> inquiryRate, int customers, int events)
        implements java.io.Serializable {
    /** Days after an action within which an invoice inquiry is taken to be caused by it. */
    static final int INQUIRY_DAYS = OutcomeLabels.INQUIRY_DAYS;
    /** Used where the history has too little to say: priors from the field results. */
    private static final Map<DunningAction, Double> PRIOR_INQUIRY = Map.of(DunningAction.NONE, 0.01,
            DunningAction.SMS, 0.03, DunningAction.EMAIL, 0.03, DunningAction.LETTER, 0.06, DunningAction.COLLECTION, 0.12);
    private static final double PRIOR_WEIGHT = 50;

    public PopulationRates {
        inquiryRate = DunningAction.ordered(inquiryRate);
    }

    public static PopulationRates measure(CreditorHistory history, LocalDate before, int horizonDays) {
        return measure(history, before, new ClosedInvoices(history, horizonDays), new InquiryWindows(history));
    }

    /** As {@link #measure(CreditorHistory, LocalDate, int)}, with invoices' and events' outcomes worked out once for many days. */
    public static PopulationRates measure(CreditorHistory history, LocalDate before, ClosedInvoices closed,
                                          InquiryWindows windows) {
        return of(PopulationTally.count(history, before, closed, windows));
    }

    /** The rates of counted history; priors where it holds too little. */
    static PopulationRates of(PopulationTally t) {
        return new PopulationRates(t.exposureMonths() > 0 ? t.churned() / t.exposureMonths() : 0.01,
                t.closed() > 0 ? (double) t.paid() / t.closed() : 0.9,
                t.closed() > 0 ? (double) t.onTime() / t.closed() : 0.8,
                t.leftAlone() > 0 ? (double) t.leftAlonePaid() / t.leftAlone() : Double.NaN,
                inquiryRates(t.inquiries()), t.customers(), t.events());
    }

    /**
     * Share of invoices paid when nobody chases them: those paid by the due date, and the overdue rest
     * as often as the invoices left alone were paid; the plain pay share when none was left alone.
     */
    public double unchasedPayShare() {
        return Double.isNaN(leftAlonePaid) ? payShare : onTimeShare + (1 - onTimeShare) * leftAlonePaid;
    }

    private static Map<DunningAction, Double> inquiryRates(int[][] counts) {
        Map<DunningAction, Double> rates = new EnumMap<>(DunningAction.class);
        for (DunningAction action : DunningAction.values()) {
            int[] n = counts[action.ordinal()]; // windows not fully observed by then are left out, not "no inquiry"
            rates.put(action, (n[1] + PRIOR_WEIGHT * PRIOR_INQUIRY.get(action)) / (n[0] + PRIOR_WEIGHT));
        }
        return rates;
    }

}
