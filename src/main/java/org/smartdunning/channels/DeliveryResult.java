package org.smartdunning.channels;

import java.util.Objects;

/**
 * What a channel reports for one delivery attempt.
 *
 * @param status    delivered, or failed transiently (retry later) or permanently (fall back)
 * @param detail    human-readable reason or provider response, never null
 * @param reference the provider's or file's reference for a delivered message, else empty
 */
public record DeliveryResult(Status status, String detail, String reference) {
    /** Outcome of one attempt. */
    public enum Status { DELIVERED, TRANSIENT_FAILURE, PERMANENT_FAILURE }

    public DeliveryResult {
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        reference = reference == null ? "" : reference;
    }

    public static DeliveryResult delivered(String reference) {
        return new DeliveryResult(Status.DELIVERED, "delivered", reference);
    }

    public static DeliveryResult transientFailure(String detail) {
        return new DeliveryResult(Status.TRANSIENT_FAILURE, detail, "");
    }

    public static DeliveryResult permanentFailure(String detail) {
        return new DeliveryResult(Status.PERMANENT_FAILURE, detail, "");
    }

    public boolean delivered() {
        return status == Status.DELIVERED;
    }
}
