package org.smartdunning.application.webhooks;

import java.time.Clock;
import java.util.List;
import org.smartdunning.application.port.WebhookBook;
import org.smartdunning.webhooks.WebhookEvent;

/**
 * Queues events in the creditor's webhook outbox, one delivery per subscribed endpoint; {@link
 * DeliverWebhooks} sends them. Build the event with {@link org.smartdunning.webhooks.WebhookEvents}
 * (e.g. {@code invoiceSettled} for a payment that settles an invoice). An event published twice
 * (same id) is queued once.
 */
public final class PublishWebhookEvent {
    private final WebhookBook book;
    private final Clock clock;

    public PublishWebhookEvent(WebhookBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    /** @return the deliveries queued: 0 when no active endpoint wants it */
    public int publish(WebhookEvent event) {
        return publish(List.of(event));
    }

    public int publish(List<WebhookEvent> events) {
        return events.isEmpty() ? 0 : book.enqueue(events, clock.instant());
    }

    /** The clock events are stamped by. */
    public Clock clock() {
        return clock;
    }
}
