package org.smartdunning.economics;

import org.smartdunning.history.DunningAction;

/**
 * The contract's value of one action on one overdue invoice:
 * amount*P(pay) + fee_kept*P(pay) - cost - cost.inquiry*P(inquiry) - CLV*P(churn).
 */
public final class DecisionValue {
    private final BusinessSettings settings;

    public DecisionValue(BusinessSettings settings) {
        this.settings = settings;
    }

    public double of(DunningAction action, double amount, double clv, OutcomeProbabilities p) {
        return amount * p.pay()
                + settings.feeKept(action) * p.pay()
                - settings.cost(action)
                - settings.costInquiry() * p.inquiry()
                - clv * p.churn();
    }

    /** Expected cash from the invoice itself (no fees), for the cash-recovered KPI. */
    public static double expectedCash(double amount, OutcomeProbabilities p) {
        return amount * p.pay();
    }
}
