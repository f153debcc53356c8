package org.smartdunning.application.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartdunning.application.port.WebhookBook;
import org.smartdunning.webhooks.DeliveryBackoff;
import org.smartdunning.webhooks.WebhookDelivery;
import org.smartdunning.webhooks.WebhookSender;
import org.smartdunning.webhooks.WebhookSender.SendOutcome;
import org.smartdunning.webhooks.WebhookSignature;

/**
 * One delivery pass over the creditor's webhook outbox: claims what is due, signs each delivery
 * afresh (new timestamp, same event id), sends it and records the answer — delivered on 2xx, else
 * tried again after the {@link DeliveryBackoff} delay, or failed after its last attempt. Only what
 * was due when the pass began is sent, so a retry is never made twice in one pass. Logs ids and
 * statuses only: never a body, a secret or a URL (a receiver may put a token in it).
 */
public final class DeliverWebhooks {
    /** Deliveries claimed at a time. */
    public static final int BATCH = 50;
    /** How long a claim holds a delivery: well beyond a request's timeout, so a live worker never loses it. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(DeliverWebhooks.class);

    private final WebhookBook book;
    private final WebhookSender sender;
    private final DeliveryBackoff backoff;
    private final Duration lease;
    private final Clock clock;
    private final DeliveryListener listener;

    public DeliverWebhooks(WebhookBook book, WebhookSender sender, DeliveryBackoff backoff, Duration lease, Clock clock,
                           DeliveryListener listener) {
        this.book = book;
        this.sender = sender;
        this.backoff = backoff;
        this.lease = lease;
        this.clock = clock;
        this.listener = listener;
    }

    /** Sends every delivery due now, at most {@code limit}. */
    public DeliveryPass deliverDue(int limit) {
        Instant start = clock.instant();
        int delivered = 0;
        int retried = 0;
        int failed = 0;
        while (delivered + retried + failed < limit) {
            List<WebhookDelivery> claimed = book.claimDue(start, Math.min(BATCH, limit - delivered - retried - failed), lease);
            if (claimed.isEmpty()) {
                break;
            }
            for (WebhookDelivery delivery : claimed) {
                switch (attempt(delivery)) {
                    case DELIVERED -> delivered++;
                    case RETRIED -> retried++;
                    case FAILED -> failed++;
                }
            }
        }
        if (delivered + retried + failed > 0) {
            LOG.info("webhook pass: delivered {}, retried {}, failed {}", delivered, retried, failed);
        }
        return new DeliveryPass(delivered, retried, failed);
    }

    /** Sends every delivery due now. */
    public DeliveryPass deliverDue() {
        return deliverDue(Integer.MAX_VALUE);
    }

    private Verdict attempt(WebhookDelivery delivery) {
        int attempt = delivery.attempts() + 1;
        SendOutcome outcome = sender.send(delivery, WebhookSignature.headers(delivery.secret(), delivery.eventId(),
                delivery.type(), delivery.body(), clock.instant()));
        Instant now = clock.instant();
        if (outcome.delivered()) {
            book.delivered(delivery, attempt, outcome.statusCode(), now);
            LOG.info("webhook {} ({}) to {}: delivered, HTTP {}, attempt {}", delivery.eventId(), delivery.type(),
                    delivery.endpointId(), outcome.statusCode(), attempt);
            listener.delivered(delivery, attempt, outcome);
            return Verdict.DELIVERED;
        }
        if (backoff.retryAfter(attempt)) {
            Instant next = now.plus(backoff.delayAfter(attempt));
            book.failed(delivery, attempt, outcome.statusCode(), outcome.reason(), Optional.of(next), now);
            LOG.info("webhook {} ({}) to {}: {}, attempt {}, next at {}", delivery.eventId(), delivery.type(),
                    delivery.endpointId(), outcome.reason(), attempt, next);
            listener.retrying(delivery, attempt, outcome, next);
            return Verdict.RETRIED;
        }
        book.failed(delivery, attempt, outcome.statusCode(), outcome.reason(), Optional.empty(), now);
        LOG.warn("webhook {} ({}) to {}: {}, attempt {} of {}, given up", delivery.eventId(), delivery.type(),
                delivery.endpointId(), outcome.reason(), attempt, backoff.maxAttempts());
        listener.gaveUp(delivery, attempt, outcome);
        return Verdict.FAILED;
    }

    private enum Verdict { DELIVERED, RETRIED, FAILED }
}
