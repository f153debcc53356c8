package org.smartdunning.application.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.smartdunning.application.port.BillingEventBook;
import org.smartdunning.application.webhooks.PublishWebhookEvent;
import org.smartdunning.history.Payment;
import org.smartdunning.webhooks.WebhookEvents;
import org.smartdunning.ingest.events.BillingEvent;
import org.smartdunning.ingest.events.EventFields;

/**
 * Records one event from the billing system into the creditor's history: checked by the data
 * contract's rules, applied in one transaction, and at most once per event id (a repeat with the
 * same fields is acknowledged, one with other fields refused).
 */
public final class RecordBillingEvent {
    /** What became of the event. */
    public record Receipt(String eventId, String type, BillingEventBook.Outcome outcome) {
    }

    private final BillingEventBook book;
    private final PublishWebhookEvent webhooks;
    private final Clock clock;

    /** @param webhooks where {@code invoice.settled} goes when a payment settles an invoice */
    public RecordBillingEvent(BillingEventBook book, PublishWebhookEvent webhooks, Clock clock) {
        this.book = book;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** @throws org.smartdunning.ingest.events.EventRejectedException naming each bad field */
    public Receipt record(String eventId, String type, Map<String, String> data, BillingEventBook.Request request) {
        BillingEvent event = EventFields.parse(eventId, type, data);
        BillingEventBook.Outcome outcome = book.record(event, fingerprint(type, data), request, clock.instant());
        if (outcome == BillingEventBook.Outcome.RECORDED && event instanceof BillingEvent.PaymentReceived received) {
            Payment payment = received.payment();
            // queued after the commit: a crash in between loses this one notice, never the payment
            book.settled(payment.invoiceId()).ifPresent(settled -> webhooks.publish(WebhookEvents.invoiceSettled(
                    payment.invoiceId(), settled.customer(), payment.id(), payment.amount(), settled.currency(),
                    payment.paidOn(), clock.instant())));
        }
        return new Receipt(event.eventId(), event.type().wireName(), outcome);
    }

    /** The same fields in any order give the same fingerprint. */
    static String fingerprint(String type, Map<String, String> data) {
        StringBuilder text = new StringBuilder(type);
        new TreeMap<>(data).forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                text.append('\u0000').append(k).append('=').append(v);
            }
        });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
