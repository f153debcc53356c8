package org.smartdunning.experiments.analysis;

import java.util.function.ToDoubleFunction;

/** The outcomes an experiment is judged on, each a number per invoice whose mean is the figure. */
public enum Metric {
    /** Paid in full within {@code horizon.days} of the due date (a share). */
    PAID_WITHIN_HORIZON(o -> o.paidWithinHorizon() ? 1 : 0),
    /** Paid in full by the due date (a share; 0 wherever the experiment randomised invoices already overdue). */
    PAID_ON_TIME(o -> o.paidOnTime() ? 1 : 0),
    /** The customer left within {@code churn.window_months} of the action (a share). */
    CHURN(o -> o.churned() ? 1 : 0),
    /** An invoice inquiry within 30 days of the action (a share). */
    INQUIRY(o -> o.inquiry() ? 1 : 0),
    /** The action's cost to the creditor. */
    COST(ArmObservation::cost),
    /** The fee charged with the action, when the invoice was then paid within the horizon. */
    FEE_INCOME(ArmObservation::feeIncome),
    /** The contract's value of what happened. */
    VALUE(ArmObservation::value);

    private final ToDoubleFunction<ArmObservation> outcome;

    Metric(ToDoubleFunction<ArmObservation> outcome) {
        this.outcome = outcome;
    }

    /** A share of invoices (0 or 1 each), not an amount. */
    public boolean isShare() {
        return ordinal() <= INQUIRY.ordinal();
    }

    public double of(ArmObservation observation) {
        return outcome.applyAsDouble(observation);
    }
}
