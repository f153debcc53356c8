package org.smartdunning.economics;

/**
 * The contract's customer lifetime value: monthly contribution times the capped expected
 * remaining months. Negative for a customer who will not pay, so losing one is a gain.
 */
public final class LifetimeValue {
    private final BusinessSettings settings;

    public LifetimeValue(BusinessSettings settings) {
        this.settings = settings;
    }

    /**
     * @param monthlyValue    monthly fee, or the average invoiced amount per month over the last 12
     *                        months for a customer without a subscription
     * @param payShare        share of its invoices the customer will pay
     * @param remainingMonths expected remaining months as a customer
     */
    public double of(double monthlyValue, double payShare, double remainingMonths) {
        return monthlyValue * (payShare - settings.costToServeShare())
                * Math.min(settings.clvCapMonths(), Math.max(0, remainingMonths));
    }
}
