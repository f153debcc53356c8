package org.smartdunning.application.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smartdunning.application.port.BillingEventBook;
import org.smartdunning.application.webhooks.PublishWebhookEvent;
import org.smartdunning.history.Payment;
import org.smartdunning.webhooks.WebhookEvents;
import org.smartdunning.ingest.events.BillingEvent;
import org.smartdunning.access.KeySecret;
import org.smartdunning.ingest.events.EventFields;
import org.smartdunning.ingest.events.EventRejectedException;
import org.smartdunning.ingest.events.FieldProblem;

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
        announceSettled(event, outcome);
        return new Receipt(event.eventId(), event.type().wireName(), outcome);
    }

    /** One event as the billing system sent it. */
    public record Input(String eventId, String type, Map<String, String> data) {
    }

    /**
     * Records a batch all or nothing: every event checked first (each problem named
     * {@code events[i].field}), then all applied in one transaction.
     *
     * @throws EventRejectedException naming every bad field of every event; nothing is recorded
     */
    public List<Receipt> recordAll(List<Input> inputs, BillingEventBook.Request request) {
        List<BillingEvent> events = new ArrayList<>(inputs.size());
        List<String> fingerprints = new ArrayList<>(inputs.size());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            try {
                events.add(EventFields.parse(in.eventId(), in.type(), in.data()));
                fingerprints.add(fingerprint(in.type(), in.data()));
            } catch (EventRejectedException e) {
                problems.addAll(e.prefixed("events[" + i + "].").problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new EventRejectedException(problems);
        }
        List<BillingEventBook.Outcome> outcomes = book.recordAll(events, fingerprints, request, clock.instant());
        List<Receipt> receipts = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            announceSettled(events.get(i), outcomes.get(i));
            receipts.add(new Receipt(events.get(i).eventId(), events.get(i).type().wireName(), outcomes.get(i)));
        }
        return receipts;
    }

    private void announceSettled(BillingEvent event, BillingEventBook.Outcome outcome) {
        if (outcome == BillingEventBook.Outcome.RECORDED && event instanceof BillingEvent.PaymentReceived received) {
            Payment payment = received.payment();
            // queued after the commit: a crash in between loses this one notice, never the payment
            book.settled(payment.invoiceId()).ifPresent(settled -> webhooks.publish(WebhookEvents.invoiceSettled(
                    payment.invoiceId(), settled.customer(), payment.id(), payment.amount(), settled.currency(),
                    payment.paidOn(), clock.instant())));
        }
    }

    /** The same fields in any order give the same fingerprint. */
    static String fingerprint(String type, Map<String, String> data) {
        StringBuilder text = new StringBuilder(type);
        new TreeMap<>(data).forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                text.append('\u0000').append(k).append('=').append(v);
            }
        });
        return KeySecret.sha256(text.toString());
    }
}
