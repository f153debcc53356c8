package org.smartdunning.application.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.smartdunning.webhooks.EndpointId;
import org.smartdunning.webhooks.WebhookDelivery;
import org.smartdunning.webhooks.WebhookEndpoint;
import org.smartdunning.webhooks.WebhookEvent;

/**
 * Port: a creditor's webhook endpoints and the outbox of their deliveries, one row per event and
 * endpoint. A delivery is claimed for a lease before it is sent, so two workers never send it at
 * once and one that dies leaves it to be claimed again when the lease runs out.
 */
public interface WebhookBook {
    void register(WebhookEndpoint endpoint);

    /** Every endpoint, disabled ones included, oldest first. */
    List<WebhookEndpoint> endpoints();

    Optional<WebhookEndpoint> endpoint(EndpointId id);

    /** Disables an active endpoint and drops its pending deliveries; false when there is no such active endpoint. */
    boolean disable(EndpointId id, Instant at);

    /**
     * Queues each event for every active endpoint subscribed to its type; an event already queued
     * for an endpoint (same id) is left as it is. Costs one read when no endpoint wants them.
     *
     * @return the deliveries queued
     */
    int enqueue(List<WebhookEvent> events, Instant now);

    /** Up to {@code limit} deliveries due at {@code now}, oldest first, each leased until {@code now + lease}. */
    List<WebhookDelivery> claimDue(Instant now, int limit, Duration lease);

    /** The receiver answered 2xx on attempt number {@code attempts}. */
    void delivered(WebhookDelivery delivery, int attempts, int statusCode, Instant at);

    /**
     * Attempt number {@code attempts} failed: tried again at {@code nextAttempt}, or given up for
     * good when empty. Only the status code and a short reason are kept, never the receiver's body.
     */
    void failed(WebhookDelivery delivery, int attempts, int statusCode, String reason, Optional<Instant> nextAttempt,
                Instant at);

    /** The newest deliveries to an endpoint, for its owner to inspect. */
    List<DeliveryRecord> deliveries(EndpointId endpoint, int limit);

    /**
     * One delivery as logged.
     *
     * @param status         pending, sending, delivered, failed or cancelled
     * @param lastStatusCode the last HTTP status, 0 when no answer came or before the first attempt
     */
    record DeliveryRecord(EndpointId endpointId, String eventId, String eventType, String status, int attempts,
                          Instant createdAt, Instant nextAttemptAt, Optional<Instant> lastAttemptAt, int lastStatusCode,
                          String lastReason) {
    }
}
