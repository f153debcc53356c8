package org.smartdunning.workflow;

import java.util.Locale;

/** Why dunning stops: the debtor disputes the invoice, agreed a payment plan, or customer service asked for it. */
public enum HoldReason {
    DISPUTE, PAYMENT_PLAN, SERVICE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code dispute}, {@code payment_plan} or {@code service}; the error names the accepted values. */
    public static HoldReason of(String key) {
        try {
            return valueOf(key.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown hold reason '" + key + "': use dispute, payment_plan or service", e);
        }
    }
}
