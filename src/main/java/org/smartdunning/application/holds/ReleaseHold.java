package org.smartdunning.application.holds;

import java.time.LocalDate;
import org.smartdunning.application.port.HoldBook;
import org.smartdunning.application.webhooks.PublishWebhookEvent;
import org.smartdunning.webhooks.WebhookEvents;

/** Lifts a hold; from that day the process resumes with the stage due (within the catch-up window). */
public final class ReleaseHold {
    private final HoldBook holds;
    private final PublishWebhookEvent webhooks;

    /** @param webhooks publishes {@code hold.lifted} to the endpoints that want it */
    public ReleaseHold(HoldBook holds, PublishWebhookEvent webhooks) {
        this.holds = holds;
        this.webhooks = webhooks;
    }

    /** False when no such hold is in force. */
    public boolean release(long holdId, LocalDate on) {
        if (!holds.lift(holdId, on)) {
            return false;
        }
        holds.all().stream().filter(h -> h.id() == holdId).findFirst().ifPresent(hold ->
                webhooks.publish(WebhookEvents.holdLifted(hold, on, webhooks.clock().instant())));
        return true;
    }
}
