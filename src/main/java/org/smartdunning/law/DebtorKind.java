package org.smartdunning.law;

import org.smartdunning.history.CustomerType;

/** Whom the law protects more: a consumer (a private person) or a business. */
public enum DebtorKind {
    CONSUMER, BUSINESS;

    /** A private customer is a consumer; a business customer a business. */
    public static DebtorKind of(CustomerType type) {
        return switch (type) {
            case PRIVATE -> CONSUMER;
            case BUSINESS -> BUSINESS;
        };
    }
}
