package org.smartdunning.application.holds;

import java.time.LocalDate;
import org.smartdunning.application.port.HoldBook;
import org.smartdunning.application.webhooks.PublishWebhookEvent;
import org.smartdunning.webhooks.WebhookEvents;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.HoldReason;
import org.smartdunning.workflow.HoldScope;

/** Places a hold: a disputed invoice, an agreed payment plan or a service hold stops every stage until it ends. */
public final class PlaceHold {
    private final HoldBook holds;
    private final PublishWebhookEvent webhooks;

    /** @param webhooks publishes {@code hold.placed} to the endpoints that want it */
    public PlaceHold(HoldBook holds, PublishWebhookEvent webhooks) {
        this.holds = holds;
        this.webhooks = webhooks;
    }

    /** @param until the day dunning may resume by itself, or null: until released */
    public Hold place(HoldScope scope, String targetId, HoldReason reason, LocalDate from, LocalDate until, String note) {
        Hold hold = holds.place(scope, targetId, reason, from, until, note);
        // the note is free text from customer service and may name the debtor: it is not published
        webhooks.publish(WebhookEvents.holdPlaced(hold, webhooks.clock().instant()));
        return hold;
    }
}
