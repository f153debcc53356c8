package org.smartdunning.webhooks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.workflow.Hold;

/**
 * The events of the dunning process, built from its own records. Each id derives from the fact it
 * reports (the message key, the hold, the invoice's stage on a day), so publishing it twice queues it
 * once. Only ids, actions, amounts and days go in; a notice's recipient never does.
 */
public final class WebhookEvents {
    private WebhookEvents() {
    }

    /** The learned policy chose an action at a decision stage ({@code decided} is its DECIDED audit line). */
    public static WebhookEvent decisionMade(AuditEntry decided, double expectedValue, Instant at) {
        Map<String, Object> data = invoice(decided.invoiceId(), decided.customerId());
        data.put("stage", decided.stageId());
        data.put("action", decided.action() == null ? null : decided.action().key());
        data.put("decided_on", decided.runDay().toString());
        data.put("propensity", Double.isNaN(decided.propensity()) ? null : decided.propensity());
        data.put("expected_value", Double.isFinite(expectedValue) ? Math.round(expectedValue * 100) / 100.0 : null);
        data.put("model_version", decided.modelVersion());
        return WebhookEvent.of(WebhookEventType.DECISION_MADE,
                decided.invoiceId().value() + "|" + decided.stageId() + "|" + decided.runDay(), at, data);
    }

    /** A channel delivered a dunning message. */
    public static WebhookEvent messageSent(OutboxEntry sent, Instant at) {
        return WebhookEvent.of(WebhookEventType.MESSAGE_SENT, sent.key(), at, message(sent));
    }

    /** The collection agency's hand-off took the invoice. */
    public static WebhookEvent collectionHandedOff(OutboxEntry sent, Instant at) {
        return WebhookEvent.of(WebhookEventType.COLLECTION_HANDED_OFF, sent.key(), at, message(sent));
    }

    /** A message failed for good on its channel; {@code fallback} is the action taking over, or null. */
    public static WebhookEvent deliveryFailed(OutboxEntry failed, int attempts, DunningAction fallback, Instant at) {
        Map<String, Object> data = message(failed);
        data.put("attempts", attempts);
        data.put("fallback", fallback == null ? null : fallback.key());
        return WebhookEvent.of(WebhookEventType.DELIVERY_FAILED, failed.key(), at, data);
    }

    public static WebhookEvent holdPlaced(Hold hold, Instant at) {
        Map<String, Object> data = hold(hold);
        data.put("from", hold.placedOn().toString());
        data.put("until", hold.until() == null ? null : hold.until().toString());
        return WebhookEvent.of(WebhookEventType.HOLD_PLACED, Long.toString(hold.id()), at, data);
    }

    public static WebhookEvent holdLifted(Hold hold, LocalDate on, Instant at) {
        Map<String, Object> data = hold(hold);
        data.put("lifted_on", on.toString());
        return WebhookEvent.of(WebhookEventType.HOLD_LIFTED, Long.toString(hold.id()), at, data);
    }

    /** The invoice is paid in full ({@code paymentId} is the payment that settled it). */
    public static WebhookEvent invoiceSettled(InvoiceId invoice, CustomerId customer, String paymentId, Money amount,
                                              String currency, LocalDate settledOn, Instant at) {
        Map<String, Object> data = invoice(invoice, customer);
        data.put("payment_id", paymentId);
        data.put("amount", amount.toBigDecimal());
        data.put("currency", currency);
        data.put("settled_on", settledOn.toString());
        return WebhookEvent.of(WebhookEventType.INVOICE_SETTLED, invoice.value() + "|" + paymentId, at, data);
    }

    private static Map<String, Object> invoice(InvoiceId invoice, CustomerId customer) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("invoice_id", invoice.value());
        data.put("customer_id", customer.value());
        return data;
    }

    private static Map<String, Object> message(OutboxEntry entry) {
        Notice notice = entry.notice();
        Map<String, Object> data = invoice(notice.invoiceId(), entry.recipient().customerId());
        data.put("message_key", entry.key());
        data.put("stage", notice.stage());
        data.put("channel", entry.action().key());
        data.put("amount", notice.amountDue().toBigDecimal());
        data.put("fee", notice.fee().toBigDecimal());
        data.put("total", notice.total().toBigDecimal());
        data.put("currency", notice.currency());
        data.put("day", entry.runDay().toString());
        return data;
    }

    private static Map<String, Object> hold(Hold hold) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hold_id", hold.id());
        data.put("scope", hold.scope().key());
        data.put("target_id", hold.targetId());
        data.put("reason", hold.reason().key());
        return data;
    }
}
