package org.smartdunning.application.port;

import java.time.Instant;
import org.smartdunning.ingest.events.BillingEvent;

/** Port: billing events recorded into the creditor's history, each at most once. */
public interface BillingEventBook {
    /** What became of an event. */
    enum Outcome { RECORDED, REPEATED }

    /**
     * Records the event and its effect on the history in one transaction.
     *
     * @param fingerprint the event's content hash: a known event id with another fingerprint is refused
     * @throws org.smartdunning.ingest.events.EventRejectedException when it names rows the creditor does not
     *         have, contradicts a stored fact, or reuses an event id for other content
     */
    Outcome record(BillingEvent event, String fingerprint, Instant receivedAt);
}
