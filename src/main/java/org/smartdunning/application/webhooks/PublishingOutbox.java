package org.smartdunning.application.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.channels.Outbox;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.channels.OutboxStatus;
import org.smartdunning.history.DunningAction;
import org.smartdunning.webhooks.WebhookEvent;
import org.smartdunning.webhooks.WebhookEvents;

/**
 * The dunning outbox, noting the webhook events its settlements mean: a message sent
 * ({@code message.sent}, or {@code collection.handed_off} for the agency's hand-off) and a message
 * failed for good on its channel ({@code delivery.failed}, naming the fallback when one takes over).
 * The events are collected during a dispatch and published once after it by {@link #drain}, so a
 * creditor without endpoints pays one read per dispatch, not one per message.
 */
public final class PublishingOutbox implements Outbox {
    private final Outbox outbox;
    private final Clock clock;
    private final List<WebhookEvent> events = new ArrayList<>();

    public PublishingOutbox(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public List<OutboxEntry> ready(Instant now, int limit) {
        return outbox.ready(now, limit);
    }

    @Override
    public void markSending(OutboxEntry entry) {
        outbox.markSending(entry);
    }

    @Override
    public void settle(OutboxEntry updated, String reference, String error, List<AuditEntry> audit, OutboxEntry fallback,
                       OutboxEntry markNext) {
        outbox.settle(updated, reference, error, audit, fallback, markNext);
        Instant now = clock.instant();
        if (updated.status() == OutboxStatus.SENT) {
            events.add(updated.action() == DunningAction.COLLECTION ? WebhookEvents.collectionHandedOff(updated, now)
                    : WebhookEvents.messageSent(updated, now));
        } else if (updated.status() == OutboxStatus.FAILED) {
            events.add(WebhookEvents.deliveryFailed(updated, updated.attempts(),
                    fallback == null ? null : fallback.action(), now));
        }
    }

    /** The events noted since the last call, to publish. */
    public List<WebhookEvent> drain() {
        List<WebhookEvent> noted = List.copyOf(events);
        events.clear();
        return noted;
    }
}
