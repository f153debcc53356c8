package org.smartdunning.webhooks;

import java.net.URI;
import java.util.Objects;

/**
 * One event claimed for one endpoint, ready to sign and send.
 *
 * @param body     the event's JSON, the same bytes on every attempt
 * @param attempts attempts made before this one
 */
public record WebhookDelivery(EndpointId endpointId, URI url, String secret, String eventId, WebhookEventType type,
                              String body, int attempts) {
    public WebhookDelivery {
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
    }

    /** Never shows the secret nor the body. */
    @Override
    public String toString() {
        return "WebhookDelivery[" + eventId + " (" + type + ") to " + endpointId + ", attempts " + attempts + "]";
    }
}
