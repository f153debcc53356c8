package org.smartdunning.ingest.events;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a billing system tells the engine, by its wire name. */
public enum EventType {
    CUSTOMER_CREATED("customer.created"),
    CUSTOMER_UPDATED("customer.updated"),
    CUSTOMER_ENDED("customer.ended"),
    INVOICE_ISSUED("invoice.issued"),
    PAYMENT_RECEIVED("payment.received"),
    PAYMENT_REVERSED("payment.reversed"),
    INVOICE_INQUIRY("invoice.inquiry"),
    DISPUTE_OPENED("dispute.opened"),
    DISPUTE_CLOSED("dispute.closed"),
    PAYMENT_PLAN_AGREED("payment_plan.agreed");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    public String wireName() {
        return wire;
    }

    /** @throws IllegalArgumentException naming the known types */
    public static EventType ofWire(String name) {
        for (EventType type : values()) {
            if (type.wire.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown event type '" + name + "'; known: "
                + Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", ")));
    }
}
