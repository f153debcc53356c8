package org.smartdunning.channels;

import java.util.Locale;

/** Where a message stands in the outbox. */
public enum OutboxStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Handed to a channel; still so after a crash means the outcome is unknown (in doubt). */
    SENDING,
    SENT,
    /** Failed permanently with no fallback left. */
    FAILED,
    /** Withdrawn before dispatch. */
    CANCELLED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutboxStatus of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
