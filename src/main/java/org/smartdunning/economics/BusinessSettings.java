package org.smartdunning.economics;

import org.smartdunning.history.DunningAction;

/**
 * The creditor's economics from business.properties, in the invoice currency.
 * Every key has the contract's documented default ({@link #DEFAULTS}).
 */
public record BusinessSettings(
        double costNone, double costSms, double costEmail, double costLetter, double costCollection,
        double feeKeptLetter, double feeKeptCollection,
        double costInquiry, double costToServeShare, int clvCapMonths, int horizonDays, int churnWindowMonths) implements java.io.Serializable {

    /** The defaults of the data contract, used for every key the creditor leaves out. */
    public static final BusinessSettings DEFAULTS = new BusinessSettings(
            0, 0.60, 0.05, 11.00, 40.00, 60.00, 0, 80.00, 0.65, 36, 90, 6);

    public BusinessSettings {
        requireNonNegative("cost.none", costNone);
        requireNonNegative("cost.sms", costSms);
        requireNonNegative("cost.email", costEmail);
        requireNonNegative("cost.letter", costLetter);
        requireNonNegative("cost.collection", costCollection);
        requireNonNegative("fee_kept.letter", feeKeptLetter);
        requireNonNegative("fee_kept.collection", feeKeptCollection);
        requireNonNegative("cost.inquiry", costInquiry);
        if (costToServeShare < 0 || costToServeShare > 1) {
            throw new IllegalArgumentException("cost_to_serve_share must be between 0 and 1, was " + costToServeShare);
        }
        requirePositive("clv.cap_months", clvCapMonths);
        requirePositive("horizon.days", horizonDays);
        requirePositive("churn.window_months", churnWindowMonths);
    }

    /** Cost to the creditor of taking the action. */
    public double cost(DunningAction action) {
        return switch (action) {
            case NONE -> costNone;
            case SMS -> costSms;
            case EMAIL -> costEmail;
            case LETTER -> costLetter;
            case COLLECTION -> costCollection;
        };
    }

    /** Fee charged to the customer and kept by the creditor when the invoice is then paid. */
    public double feeKept(DunningAction action) {
        return switch (action) {
            case LETTER -> feeKeptLetter;
            case COLLECTION -> feeKeptCollection;
            default -> 0;
        };
    }

    private static void requireNonNegative(String key, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + " must be a non-negative number, was " + value);
        }
    }

    private static void requirePositive(String key, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be a positive whole number, was " + value);
        }
    }
}
