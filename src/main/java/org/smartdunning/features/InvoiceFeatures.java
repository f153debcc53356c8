package org.smartdunning.features;

import java.time.LocalDate;
import java.util.Map;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/**
 * Everything known about one overdue invoice and its customer before the decision day.
 * Counts cover the customer's earlier invoices whose due date lies before the decision day;
 * {@code lastAction} is the customer's latest dunning action before that day (null when none).
 */
public record InvoiceFeatures(
        InvoiceId invoiceId,
        LocalDate decideOn,
        double amount,
        double monthlyValue,
        boolean subscription,
        int daysOverdue,
        int earlierInvoices,
        int paidOnTime,
        int paidLate,
        int unpaidNow,
        double meanDaysLate,
        int maxDaysLate,
        int daysSinceLastLate,
        Map<DunningAction, ActionResponse> earlierActions,
        DunningAction lastAction,
        int daysSinceLastAction,
        int invoiceInquiries,
        int daysSinceLastInquiry,
        int tenureMonths,
        int age,
        CustomerType customerType,
        String country,
        String paymentMethod,
        String plan,
        boolean hasEmail,
        boolean hasPhone) implements java.io.Serializable {

    /** Marks "never happened" for the days-since features. */
    public static final int NEVER = -1;
    /** Marks an unknown age (businesses, or no birth year). */
    public static final int UNKNOWN_AGE = -1;

    public InvoiceFeatures {
        earlierActions = DunningAction.ordered(earlierActions);
    }

    public ActionResponse earlier(DunningAction action) {
        return earlierActions.getOrDefault(action, ActionResponse.NEVER);
    }

    /** Invoices the customer has settled, on time or late, among the earlier ones. */
    public int paidEver() {
        return paidOnTime + paidLate;
    }

    /** Invoice amount relative to the customer's monthly value (fee or average invoicing). */
    public double amountToMonthly() {
        return monthlyValue > 0 ? amount / monthlyValue : 1.0;
    }
}
