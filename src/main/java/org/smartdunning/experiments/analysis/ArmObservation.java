package org.smartdunning.experiments.analysis;

import java.time.LocalDate;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/**
 * What followed one invoice's randomised action, once every outcome window has closed.
 *
 * @param experiment        the experiment that drew the arm
 * @param arm               the arm drawn
 * @param action            the action taken
 * @param propensity        the probability with which the arm was drawn, in (0, 1]
 * @param actedOn           the day of the action
 * @param knownOn           the first day all outcomes are known (the last window's end plus one day): the
 *                          sequential test takes invoices in this order
 * @param paidWithinHorizon paid in full within {@code horizon.days} of the due date
 * @param paidOnTime        paid in full by the due date
 * @param churned           the customer left within {@code churn.window_months} of the action
 * @param inquiry           an invoice inquiry within 30 days of the action
 * @param cost              the action's cost to the creditor ({@code cost.<action>})
 * @param feeIncome         the fee charged with the action, when the invoice was paid within the horizon
 * @param value             amount × paid + fee income − cost − {@code cost.inquiry} × inquiry − CLV × churned
 */
public record ArmObservation(InvoiceId invoiceId, String experiment, String arm, DunningAction action,
                             double propensity, LocalDate actedOn, LocalDate knownOn, boolean paidWithinHorizon,
                             boolean paidOnTime, boolean churned, boolean inquiry, double cost, double feeIncome,
                             double value) {
    public ArmObservation {
        if (!(propensity > 0 && propensity <= 1)) {
            throw new IllegalArgumentException("propensity must be within (0, 1], was " + propensity);
        }
    }

    /** The inverse-propensity weight. */
    public double weight() {
        return 1 / propensity;
    }
}
