package org.smartdunning.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Request bodies that break the API's contract, each with the status and the field the refusal must name. */
final class MalformedBodies {
    /** One malformed request. */
    record Case(String name, String path, String body, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    private MalformedBodies() {
    }

    /** Bodies for a creditor's operations; {@code customer} and {@code invoice} exist, the {@code unknown} ids do not. */
    static List<Case> forCreditor(EventBodies events, String customer, String invoice) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("not JSON", "/v1/events", "{\"event_id\": \"e1\",", 400, "body"));
        cases.add(new Case("empty body", "/v1/events", "", 400, "body"));
        cases.add(new Case("trailing garbage", "/v1/events", "{} {}", 400, "body"));
        cases.add(new Case("an array", "/v1/events", "[1, 2]", 422, "body"));
        cases.add(event(events.customer(customer), "no event_id", e -> e.remove("event_id"), "event_id"));
        cases.add(event(events.customer(customer), "event_id an object", e -> e.putObject("event_id"), "event_id"));
        cases.add(event(events.customer(customer), "unknown type", e -> e.put("type", "customer.deleted"), "type"));
        cases.add(event(events.customer(customer), "no data", e -> e.remove("data"), "data"));
        cases.add(event(events.customer(customer), "data an array", e -> e.putArray("data"), "data"));
        cases.add(event(events.customer(customer), "unknown field", e -> e.put("sent_at", "now"), "sent_at"));
        cases.add(event(events.customer(customer), "a value an object", e -> data(e).putObject("plan"), "data.plan"));
        cases.add(event(events.customer(customer), "no customer_id", e -> data(e).remove("customer_id"), "data.customer_id"));
        cases.add(event(events.customer("x".repeat(101)), "customer_id too long", e -> { }, "data.customer_id"));
        cases.add(event(events.customer("C\u0007"), "customer_id with a control character", e -> { }, "data.customer_id"));
        cases.add(event(events.customer(customer), "bad country", e -> data(e).put("country", "XX"), "data.country"));
        cases.add(event(events.customer(customer), "bad e-mail", e -> data(e).put("email", "someone at example"), "data.email"));
        cases.add(event(events.customer(customer), "e-mail with a header",
                e -> data(e).put("email", "a@b.se\r\nBcc: c@d.se"), "data.email"));
        cases.add(event(events.customer(customer), "bad phone", e -> data(e).put("phone", "12"), "data.phone"));
        cases.add(event(events.customer(customer), "bad customer type", e -> data(e).put("type", "person"), "data.type"));
        cases.add(event(events.customer(customer), "bad birth year", e -> data(e).put("birth_year", "19x0"), "data.birth_year"));
        cases.add(event(events.customer(customer), "bad created_on", e -> data(e).put("created_on", "2026-02-30"), "data.created_on"));
        cases.add(event(events.invoice("I-m1", customer, "10.00"), "bad issued_on", e -> data(e).put("issued_on", "01/04/2026"), "data.issued_on"));
        cases.add(event(events.invoice("I-m2", customer, "10.00"), "due before issued", e -> data(e).put("due_on", "2026-03-01"), "data.due_on"));
        cases.add(event(events.invoice("I-m3", customer, "10.00"), "amount with a comma", e -> data(e).put("amount", "12,50"), "data.amount"));
        cases.add(event(events.invoice("I-m4", customer, "10.00"), "negative amount", e -> data(e).put("amount", "-5.00"), "data.amount"));
        cases.add(event(events.invoice("I-m5", customer, "10.00"), "three decimals", e -> data(e).put("amount", "1.005"), "data.amount"));
        cases.add(event(events.invoice("I-m6", customer, "10.00"), "amount true", e -> data(e).put("amount", true), "data.amount"));
        cases.add(event(events.invoice("I-m7", customer, "10.00"), "bad currency", e -> data(e).put("currency", "EURO"), "data.currency"));
        cases.add(event(events.invoice("I-m8", "no-such-customer", "10.00"), "unknown customer", e -> { }, "data.customer_id"));
        cases.add(event(events.event("customer.ended", Map.of("ended_on", "2026-05-31")), "customer.ended without a customer",
                e -> { }, "data.customer_id"));
        cases.add(event(events.payment("P-m1", invoice, "0"), "zero payment", e -> { }, "data.amount"));
        cases.add(event(events.payment("P-m2", "no-such-invoice", "5.00"), "unknown invoice", e -> { }, "data.invoice_id"));
        cases.add(event(events.event("payment.reversed", Map.of("payment_id", "R1", "reverses", "no-such-payment",
                "reversed_on", "2026-05-01")), "reversal of an unknown payment", e -> { }, "data.reverses"));
        cases.add(event(events.customer("customer.updated", "no-such-customer"), "update of an unknown customer", e -> { },
                "data.customer_id"));
        cases.add(event(events.event("payment_plan.agreed", Map.of("invoice_id", invoice, "agreed_on", "2026-05-04",
                "last_instalment_on", "2026-05-01")), "plan ending before it starts", e -> { }, "data.last_instalment_on"));
        cases.add(new Case("no invoice_ids", "/v1/decision-previews", "{}", 422, "invoice_ids"));
        cases.add(new Case("empty invoice_ids", "/v1/decision-previews", "{\"invoice_ids\":[]}", 422, "invoice_ids"));
        cases.add(new Case("invoice id a number", "/v1/decision-previews", "{\"invoice_ids\":[\"" + invoice + "\", 7]}",
                422, "invoice_ids[1]"));
        cases.add(new Case("too many invoice_ids", "/v1/decision-previews", "{\"invoice_ids\":["
                + String.join(",", java.util.Collections.nCopies(501, "\"" + invoice + "\"")) + "]}", 422, "invoice_ids"));
        cases.add(hold(invoice, "bad scope", h -> h.put("scope", "order"), "scope"));
        cases.add(hold(invoice, "no reason", h -> h.remove("reason"), "reason"));
        cases.add(hold(invoice, "unknown reason", h -> h.put("reason", "holiday"), "reason"));
        cases.add(hold(invoice, "no target", h -> h.remove("target_id"), "target_id"));
        cases.add(hold(invoice, "bad from", h -> h.put("from", "yesterday"), "from"));
        cases.add(hold(invoice, "note an array", h -> h.putArray("note"), "note"));
        cases.add(new Case("model body not JSON", "/v1/models", "{\"seed\":", 400, "body"));
        cases.add(new Case("model body an array", "/v1/models", "[7]", 422, "body"));
        cases.add(new Case("seed a word", "/v1/models", "{\"seed\":\"seven\"}", 422, "seed"));
        cases.add(new Case("seed a fraction", "/v1/models", "{\"seed\":1.5}", 422, "seed"));
        cases.add(new Case("seed an object", "/v1/models", "{\"seed\":{}}", 422, "seed"));
        cases.add(new Case("run body not JSON", "/v1/runs", "day=2026-06-01", 400, "body"));
        cases.add(new Case("run day not a date", "/v1/runs", "{\"day\":\"2026-02-30\"}", 422, "day"));
        cases.add(new Case("run day a number", "/v1/runs", "{\"day\":20260601}", 422, "day"));
        return cases;
    }

    /** Bodies for the administrator's operations. */
    static List<Case> forAdmin() {
        return List.of(
                new Case("creditor not JSON", "/v1/creditors", "creditor_id=acme", 400, "body"),
                new Case("creditor without id", "/v1/creditors", "{}", 422, "creditor_id"),
                new Case("creditor id with a space", "/v1/creditors", "{\"creditor_id\":\"a b\"}", 422, "creditor_id"),
                new Case("creditor id too long", "/v1/creditors", "{\"creditor_id\":\"" + "c".repeat(65) + "\"}", 422,
                        "creditor_id"),
                new Case("creditor id a list", "/v1/creditors", "{\"creditor_id\":[\"acme\"]}", 422, "creditor_id"));
    }

    static ObjectNode hold(String invoice) {
        ObjectNode hold = OpenApiDocument.JSON.createObjectNode();
        hold.put("scope", "invoice");
        hold.put("target_id", invoice);
        hold.put("reason", "dispute");
        hold.put("note", "the customer disputes the roaming charge");
        return hold;
    }

    private static Case hold(String invoice, String name, Consumer<ObjectNode> change, String field) {
        ObjectNode hold = hold(invoice);
        change.accept(hold);
        return new Case(name, "/v1/holds", hold.toString(), 422, field);
    }

    private static Case event(ObjectNode event, String name, Consumer<ObjectNode> change, String field) {
        change.accept(event);
        return new Case(name, "/v1/events", event.toString(), 422, field);
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }
}
