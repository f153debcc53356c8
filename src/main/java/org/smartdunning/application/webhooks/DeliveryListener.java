package org.smartdunning.application.webhooks;

import java.time.Instant;
import org.smartdunning.webhooks.WebhookDelivery;
import org.smartdunning.webhooks.WebhookSender.SendOutcome;

/** Progress of a delivery pass, one event per attempt; every event does nothing unless a door listens. */
public interface DeliveryListener {
    DeliveryListener NONE = new DeliveryListener() {
    };

    default void delivered(WebhookDelivery delivery, int attempt, SendOutcome outcome) {
    }

    default void retrying(WebhookDelivery delivery, int attempt, SendOutcome outcome, Instant nextAttempt) {
    }

    /** The last attempt allowed failed: the delivery is marked failed. */
    default void gaveUp(WebhookDelivery delivery, int attempt, SendOutcome outcome) {
    }
}
