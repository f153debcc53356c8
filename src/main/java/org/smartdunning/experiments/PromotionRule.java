package org.smartdunning.experiments;

/**
 * When a newly trained policy (the challenger) may replace the one in use (the champion): the one-sided 95%
 * lower bound of its doubly robust difference over the champion, row by row on the same logged experiment,
 * must be at least minus the margin — not worse by more than the margin, with 95% confidence.
 *
 * @param marginShare the margin as a share of the logged invoices' mean amount, so one default fits every
 *                    currency; within [0, 1]
 */
public record PromotionRule(double marginShare) implements java.io.Serializable {
    /**
     * Default margin: 1% of the mean invoice amount. Successive models agree on most invoices, so their paired
     * difference's standard error is small; where it is a third of the margin an equally good challenger (trained
     * on fresher data) goes live about four times in five, one worse by twice the margin almost never. A margin
     * of 0 would ask the challenger to be proven better, which an equally good one rarely is.
     */
    public static final double DEFAULT_MARGIN_SHARE = 0.01;
    public static final PromotionRule DEFAULT = new PromotionRule(DEFAULT_MARGIN_SHARE);

    public PromotionRule {
        if (!(marginShare >= 0 && marginShare <= 1)) {
            throw new IllegalArgumentException("the promotion margin must be a share between 0 and 1 of the mean"
                    + " invoice amount, was " + marginShare);
        }
    }

    /** The margin per invoice, in the invoice currency, on invoices of this mean amount. */
    public double margin(double meanAmount) {
        return marginShare * meanAmount;
    }
}
