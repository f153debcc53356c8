package org.smartdunning.application.port;

import java.time.Instant;
import org.smartdunning.ingest.events.BillingEvent;

/** Port: billing events recorded into the creditor's history, each at most once. */
public interface BillingEventBook {
    /**
     * What became of an event: recorded now; a retry of the request that recorded it (same
     * Idempotency-Key); or an event recorded before, sent again in a new request (same event id and fields).
     */
    enum Outcome { RECORDED, RETRIED, REPEATED }

    /** The request that carried an event: its Idempotency-Key and the hash of the whole request. */
    record Request(String idempotencyKey, String fingerprint) {
    }

    /**
     * Records the event, its effect on the history and the request's Idempotency-Key in one
     * transaction (one commit): a retried request finds its event by the key.
     *
     * @param fingerprint the event's content hash: a known event id with another fingerprint is refused
     * @throws org.smartdunning.ingest.events.EventRejectedException when it names rows the creditor does not
     *         have, contradicts a stored fact, reuses an event id for other content, or reuses the
     *         Idempotency-Key for another request ({@code header Idempotency-Key})
     */
    Outcome record(BillingEvent event, String fingerprint, Request request, Instant receivedAt);

    /**
     * Records a batch of events all or nothing, in one transaction: either every event is recorded
     * (or found recorded before) or none is. The request's Idempotency-Key is kept with the events
     * it recorded, so a retried batch finds them.
     *
     * @return per event, in order, what became of it; a retried request answers as its first attempt
     * @throws org.smartdunning.ingest.events.EventRejectedException as {@link #record}, each field
     *         prefixed with {@code events[i].}
     */
    java.util.List<Outcome> recordAll(java.util.List<BillingEvent> events, java.util.List<String> fingerprints,
                                      Request request, Instant receivedAt);

    /** An invoice paid in full: whose it is and in which currency. */
    record Settled(org.smartdunning.history.CustomerId customer, String currency) {
    }

    /** The invoice when every payment known now covers it; empty while anything is unpaid. */
    java.util.Optional<Settled> settled(org.smartdunning.history.InvoiceId invoice);
}
