package org.smartdunning.experiments.analysis;

import java.util.function.Function;

/**
 * The figures per invoice of an arm, or of an arm's difference from the control, each with its 95%
 * interval. Shares are between 0 and 1; amounts in the invoice currency.
 */
public record ArmFigures(Interval paidWithinHorizon, Interval paidOnTime, Interval churn, Interval inquiry,
                         Interval cost, Interval feeIncome, Interval value) {
    static ArmFigures of(Function<Metric, Interval> figure) {
        return new ArmFigures(figure.apply(Metric.PAID_WITHIN_HORIZON), figure.apply(Metric.PAID_ON_TIME),
                figure.apply(Metric.CHURN), figure.apply(Metric.INQUIRY), figure.apply(Metric.COST),
                figure.apply(Metric.FEE_INCOME), figure.apply(Metric.VALUE));
    }
}
