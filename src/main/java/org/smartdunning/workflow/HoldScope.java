package org.smartdunning.workflow;

import java.util.Locale;

/** What a hold covers: one invoice, or every invoice of a customer. */
public enum HoldScope {
    INVOICE, CUSTOMER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HoldScope of(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
