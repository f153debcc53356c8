package org.smartdunning.webhooks;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a creditor can subscribe an endpoint to, by the name it has on the wire. */
public enum WebhookEventType {
    DECISION_MADE("decision.made"),
    MESSAGE_SENT("message.sent"),
    DELIVERY_FAILED("delivery.failed"),
    COLLECTION_HANDED_OFF("collection.handed_off"),
    INVOICE_SETTLED("invoice.settled"),
    HOLD_PLACED("hold.placed"),
    HOLD_LIFTED("hold.lifted");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the {@code type} field and the {@code Dunning-Event-Type} header, e.g. {@code hold.placed}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The type named {@code name} on the wire.
     *
     * @throws IllegalArgumentException naming the known types when there is no such type
     */
    public static WebhookEventType ofWire(String name) {
        for (WebhookEventType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a webhook event type; known types are "
                + Arrays.stream(values()).map(WebhookEventType::wireName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
