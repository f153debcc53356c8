package org.smartdunning.application.webhooks;

import java.time.Clock;
import org.smartdunning.application.port.WebhookBook;
import org.smartdunning.webhooks.EndpointId;

/** Disables an endpoint: it gets no new events, and its pending deliveries are dropped. */
public final class DisableWebhookEndpoint {
    private final WebhookBook book;
    private final Clock clock;

    public DisableWebhookEndpoint(WebhookBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    /** False when no active endpoint has this id (unknown, malformed or disabled already). */
    public boolean disable(String id) {
        return EndpointId.isWellFormed(id) && book.disable(new EndpointId(id), clock.instant());
    }
}
