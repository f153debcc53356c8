package org.smartdunning.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid billing events as the API takes them, and every e-mail and phone number they carried (so
 * a test can look for them where they must never be: the log).
 */
final class EventBodies {
    private final AtomicInteger serial = new AtomicInteger();
    private final Set<String> personal = ConcurrentHashMap.newKeySet();

    /** A fresh event id. */
    String eventId() {
        return "ev-" + serial.incrementAndGet();
    }

    /** customer.created (or updated) with a unique e-mail and a Swedish mobile number. */
    ObjectNode customer(String type, String customerId) {
        int n = serial.incrementAndGet();
        String email = "kund.nummer" + n + "@postlada-test.se";
        String national = "070" + (1_000_000 + n);
        personal.add(email);
        personal.add("+46" + national.substring(1));
        personal.add(national);
        return event(type, Map.of("customer_id", customerId, "created_on", "2025-01-15", "type", "private",
                "country", "SE", "language", "sv", "email", email, "phone", national, "plan", "mobile-m",
                "monthly_fee", "299.00"));
    }

    ObjectNode customer(String customerId) {
        return customer("customer.created", customerId);
    }

    ObjectNode invoice(String invoiceId, String customerId, String amount) {
        return event("invoice.issued", Map.of("invoice_id", invoiceId, "customer_id", customerId,
                "issued_on", "2026-04-01", "due_on", "2026-04-30", "amount", amount, "currency", "SEK"));
    }

    ObjectNode payment(String paymentId, String invoiceId, String amount) {
        return event("payment.received", Map.of("payment_id", paymentId, "invoice_id", invoiceId,
                "paid_on", "2026-05-10", "amount", amount));
    }

    /** One valid event of each type for a customer, invoice and payment that exist (for the fuzzer to mutate). */
    Map<String, ObjectNode> everyType(String customerId, String invoiceId, String paymentId) {
        Map<String, ObjectNode> all = new LinkedHashMap<>();
        all.put("customer.created", customer(customerId + "-new"));
        all.put("customer.updated", customer("customer.updated", customerId));
        all.put("customer.ended", event("customer.ended", Map.of("customer_id", customerId, "ended_on", "2026-05-31")));
        all.put("invoice.issued", invoice(invoiceId + "-new", customerId, "149.50"));
        all.put("payment.received", payment(paymentId + "-new", invoiceId, "10.00"));
        all.put("payment.reversed", event("payment.reversed", Map.of("payment_id", paymentId + "-back",
                "reverses", paymentId, "reversed_on", "2026-05-12")));
        all.put("invoice.inquiry", event("invoice.inquiry", Map.of("customer_id", customerId, "occurred_on",
                "2026-05-02", "invoice_id", invoiceId, "topic", "invoice")));
        all.put("dispute.opened", event("dispute.opened", Map.of("invoice_id", invoiceId, "opened_on", "2026-05-03")));
        all.put("dispute.closed", event("dispute.closed", Map.of("invoice_id", invoiceId, "closed_on", "2026-05-20")));
        all.put("payment_plan.agreed", event("payment_plan.agreed", Map.of("invoice_id", invoiceId,
                "agreed_on", "2026-05-04", "last_instalment_on", "2026-08-31")));
        return all;
    }

    ObjectNode event(String type, Map<String, String> data) {
        ObjectNode event = OpenApiDocument.JSON.createObjectNode();
        event.put("event_id", eventId());
        event.put("type", type);
        ObjectNode fields = event.putObject("data");
        data.forEach(fields::put);
        return event;
    }

    /** Every e-mail and phone number (E.164 and national) sent so far. */
    Set<String> personalData() {
        return Set.copyOf(personal);
    }
}
