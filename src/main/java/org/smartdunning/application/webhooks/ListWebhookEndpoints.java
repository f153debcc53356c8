package org.smartdunning.application.webhooks;

import java.util.List;
import java.util.Optional;
import org.smartdunning.application.port.WebhookBook;
import org.smartdunning.application.port.WebhookBook.DeliveryRecord;
import org.smartdunning.webhooks.EndpointId;
import org.smartdunning.webhooks.EndpointSummary;
import org.smartdunning.webhooks.WebhookEndpoint;

/** The creditor's webhook endpoints without their secrets, and each one's recent deliveries. */
public final class ListWebhookEndpoints {
    private final WebhookBook book;

    public ListWebhookEndpoints(WebhookBook book) {
        this.book = book;
    }

    /** Every endpoint, disabled ones included, oldest first. */
    public List<EndpointSummary> all() {
        return book.endpoints().stream().map(WebhookEndpoint::summary).toList();
    }

    /** One endpoint; empty for an unknown or malformed id. */
    public Optional<EndpointSummary> find(String id) {
        return EndpointId.isWellFormed(id) ? book.endpoint(new EndpointId(id)).map(WebhookEndpoint::summary)
                : Optional.empty();
    }

    /** The newest deliveries to an endpoint (status, attempts, last HTTP status); empty for an unknown id. */
    public List<DeliveryRecord> deliveries(String id, int limit) {
        return EndpointId.isWellFormed(id) ? book.deliveries(new EndpointId(id), Math.max(1, Math.min(limit, 500)))
                : List.of();
    }
}
