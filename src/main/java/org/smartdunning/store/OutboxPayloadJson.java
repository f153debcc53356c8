package org.smartdunning.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.smartdunning.channels.Creditor;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.Recipient;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;

/** The outbox's payload column: a message's notice and recipient as JSON, written field by field so the format is stable. */
final class OutboxPayloadJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the payload holds. */
    record Payload(Notice notice, Recipient recipient) {
    }

    private OutboxPayloadJson() {
    }

    static String write(Notice n, Recipient r) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode c = root.putObject("creditor");
        Creditor cr = n.creditor();
        c.put("name", cr.name()).put("address", cr.address()).put("registration", cr.registration())
                .put("bank_account", cr.bankAccount()).put("email", cr.email()).put("phone", cr.phone());
        ObjectNode notice = root.putObject("notice");
        notice.put("invoice_id", n.invoiceId().value()).put("currency", n.currency())
                .put("amount_due", n.amountDue().cents()).put("fee", n.fee().cents())
                .put("interest", n.interest().cents()).put("compensation", n.compensation().cents())
                .put("due_on", text(n.dueOn())).put("issued_on", text(n.issuedOn())).put("pay_by", text(n.payBy()))
                .put("reference", n.reference()).put("stage", n.stage()).put("template", n.template())
                .put("tone", n.tone());
        ObjectNode to = root.putObject("recipient");
        to.put("customer_id", r.customerId().value()).put("email", r.email()).put("phone", r.phone())
                .put("postal_code", r.postalCode()).put("country", r.country()).put("language", r.language());
        return root.toString();
    }

    static Payload read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode c = root.get("creditor");
            Creditor creditor = new Creditor(str(c, "name"), str(c, "address"), str(c, "registration"),
                    str(c, "bank_account"), str(c, "email"), str(c, "phone"));
            JsonNode n = root.get("notice");
            Notice notice = new Notice(creditor, new InvoiceId(str(n, "invoice_id")), str(n, "currency"),
                    money(n, "amount_due"), money(n, "fee"), money(n, "interest"), money(n, "compensation"),
                    date(n, "due_on"), date(n, "issued_on"), date(n, "pay_by"), str(n, "reference"), str(n, "stage"),
                    str(n, "template"), str(n, "tone"));
            JsonNode t = root.get("recipient");
            Recipient recipient = new Recipient(new CustomerId(str(t, "customer_id")), str(t, "email"), str(t, "phone"),
                    str(t, "postal_code"), str(t, "country"), str(t, "language"));
            return new Payload(notice, recipient);
        } catch (java.io.IOException e) {
            throw new StoreException("unreadable outbox payload: " + e.getMessage(), e);
        }
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Money money(JsonNode node, String field) {
        return new Money(node.get(field).asLong());
    }

    private static LocalDate date(JsonNode node, String field) {
        String v = str(node, field);
        return v == null ? null : LocalDate.parse(v);
    }
}
