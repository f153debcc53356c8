package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.smartdunning.api.ApiClient.Reply;
import org.smartdunning.api.ApiFixture.Tenant;

/**
 * An invoice's timeline and a customer's personal data through the API, part of {@link ApiContract}
 * (so on both stores): exported, erased with the financial facts kept under a pseudonym, each
 * creditor's own.
 */
interface CustomerApiContract {
    ApiFixture api();

    EventBodies events();

    /** The creditor with the small world imported (see {@link EngineApiContract}). */
    Tenant imported();

    @Test
    default void anInvoicesTimelineShowsWhatHappenedInOrder() {
        Tenant tenant = api().creditor("timeline");
        Tenant other = api().creditor("timeline-other");
        ApiClient creditor = tenant.api();
        assertThat(creditor.post("/v1/events", events().customer("C1").toString()).status()).isEqualTo(201);
        assertThat(creditor.post("/v1/events", events().invoice("I1", "C1", "100.00").toString()).status()).isEqualTo(201);
        assertThat(creditor.post("/v1/events", events().event("dispute.opened", Map.of("invoice_id", "I1",
                "opened_on", "2026-05-12")).toString()).status()).isEqualTo(201);
        assertThat(creditor.post("/v1/events", events().payment("P1", "I1", "20.00").toString()).status()).isEqualTo(201);

        Reply reply = creditor.get("/v1/invoices/I1/timeline");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode timeline = reply.json();
        assertThat(timeline.get("invoice_id").asText()).isEqualTo("I1");
        assertThat(timeline.get("customer_id").asText()).isEqualTo("C1");
        JsonNode entries = timeline.get("entries");
        assertThat(entries.findValuesAsText("kind")).containsExactly("issued", "due", "payment", "hold");
        assertThat(entries.findValuesAsText("on")).containsExactly("2026-04-01", "2026-04-30", "2026-05-10", "2026-05-12");
        assertThat(entries.get(0).at("/facts/amount").asText()).isEqualTo("100.00");
        assertThat(entries.get(0).at("/facts/currency").asText()).isEqualTo("SEK");
        assertThat(entries.get(2).at("/facts/payment_id").asText()).isEqualTo("P1");
        assertThat(entries.get(2).at("/facts/amount").asText()).isEqualTo("20.00");
        assertThat(entries.get(3).at("/facts/reason").asText()).isEqualTo("dispute");
        assertThat(entries.get(3).at("/facts/scope").asText()).isEqualTo("invoice");

        assertThat(creditor.get("/v1/invoices/no-such-invoice/timeline").status()).isEqualTo(404);
        assertThat(other.api().get("/v1/invoices/I1/timeline").status()).as("another creditor's invoice").isEqualTo(404);
    }

    @Test
    default void aCustomersPersonalDataIsExportedAndErasedWhileTheFactsStay() {
        Tenant tenant = api().creditor("gdpr");
        Tenant other = api().creditor("gdpr-other");
        ApiClient creditor = tenant.api();
        ObjectNode customer = events().customer("C1");
        String email = customer.at("/data/email").asText();
        String phone = "+46" + customer.at("/data/phone").asText().substring(1);
        assertThat(creditor.post("/v1/events", customer.toString()).status()).isEqualTo(201);
        assertThat(creditor.post("/v1/events", events().invoice("I1", "C1", "100.00").toString()).status()).isEqualTo(201);
        assertThat(creditor.post("/v1/events", events().payment("P1", "I1", "20.00").toString()).status()).isEqualTo(201);
        assertThat(creditor.post("/v1/holds", MalformedBodies.hold("C1").put("scope", "customer").toString()).status())
                .isEqualTo(201);

        JsonNode export = creditor.get("/v1/customers/C1/personal-data").json();
        assertThat(export.get("customer_id").asText()).isEqualTo("C1");
        JsonNode row = export.at("/tables/customers/0");
        assertThat(row.get("email").asText()).isEqualTo(email);
        assertThat(row.get("phone").asText()).as("stored in E.164").isEqualTo(phone);
        assertThat(export.at("/tables/invoices").findValuesAsText("invoice_id")).containsExactly("I1");
        assertThat(export.at("/tables/payments").findValuesAsText("payment_id")).containsExactly("P1");
        assertThat(export.at("/tables/holds")).hasSize(1);
        assertThat(other.api().get("/v1/customers/C1/personal-data").status()).as("another creditor's customer")
                .isEqualTo(404);
        assertThat(other.api().delete("/v1/customers/C1/personal-data").status()).isEqualTo(404);

        Reply erased = creditor.delete("/v1/customers/C1/personal-data");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        String pseudonym = erased.json().get("pseudonym").asText();
        assertThat(pseudonym).startsWith("erased-");
        assertThat(erased.json().at("/rows_changed/customers").asInt()).isEqualTo(1);
        assertThat(erased.json().at("/rows_changed/invoices").asInt()).isEqualTo(1);
        assertThat(erased.json().at("/rows_changed/holds").asInt()).isEqualTo(1);
        assertThat(creditor.get("/v1/customers/C1/personal-data").status()).as("the old id is gone").isEqualTo(404);
        assertThat(creditor.delete("/v1/customers/C1/personal-data").status()).isEqualTo(404);
        assertThat(creditor.get("/v1/invoices/I1/timeline").json().get("customer_id").asText()).isEqualTo(pseudonym);

        Reply after = creditor.get("/v1/customers/" + pseudonym + "/personal-data");
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        assertThat(after.json().at("/tables/customers/0/email").isNull()).isTrue();
        assertThat(after.json().at("/tables/customers/0/phone").isNull()).isTrue();
        assertThat(after.json().at("/tables/invoices").findValuesAsText("invoice_id")).as("the facts stay").containsExactly("I1");
        assertThat(after.json().at("/tables/payments").findValuesAsText("amount")).containsExactly("20.00");
        assertThat(after.json().at("/tables/holds").findValuesAsText("target_id")).containsExactly(pseudonym);
        assertThat(after.body()).doesNotContain(email).doesNotContain(phone).doesNotContain("\"C1\"");
    }

    @Test
    @Order(4)
    default void erasingACustomerTheProcessWroteToDropsTheirMessagesText() {
        ApiClient creditor = imported().api();
        if (creditor.get("/v1/workflow").status() == 404) {
            assertThat(creditor.put("/v1/workflow", EngineApiContract.telecomWorkflow(), "text/plain").status())
                    .isEqualTo(201);
        }
        // due today and paid by hand: the workflow's due-nudge writes to them on the day
        ObjectNode customer = events().customer("C-gdpr");
        ((ObjectNode) customer.get("data")).put("payment_method", "paper");
        String email = customer.at("/data/email").asText();
        String phone = "+46" + customer.at("/data/phone").asText().substring(1);
        assertThat(creditor.post("/v1/events", customer.toString()).status()).isEqualTo(201);
        assertThat(creditor.post("/v1/events", events().event("invoice.issued", Map.of("invoice_id", "I-gdpr",
                "customer_id", "C-gdpr", "issued_on", "2026-05-02", "due_on", ApiContract.AS_OF.toString(),
                "amount", "349.00", "currency", "SEK")).toString()).status()).isEqualTo(201);
        Reply run = creditor.post("/v1/runs", "{\"day\":\"" + ApiContract.AS_OF + "\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        assertThat(run.json().get("messages").asInt()).as(run.toString()).isPositive();
        List<String> kinds = creditor.get("/v1/invoices/I-gdpr/timeline").json().get("entries").findValuesAsText("kind");
        assertThat(kinds).contains("stage", "message", "audit");

        JsonNode messages = creditor.get("/v1/customers/C-gdpr/personal-data").json().at("/tables/messages");
        assertThat(messages).isNotEmpty();
        assertThat(messages.toString()).as("a message's stored text names its recipient").containsAnyOf(email, phone);
        JsonNode erasure = creditor.delete("/v1/customers/C-gdpr/personal-data").json();
        String pseudonym = erasure.get("pseudonym").asText();
        assertThat(erasure.at("/rows_changed/messages").asInt()).isEqualTo(messages.size());
        assertThat(erasure.at("/rows_changed/audit_log").asInt()).isPositive();

        Reply after = creditor.get("/v1/customers/" + pseudonym + "/personal-data");
        assertThat(after.json().at("/tables/messages")).hasSize(messages.size());
        assertThat(after.json().at("/tables/messages").findValuesAsText("payload")).containsOnly("{\"erased\":true}");
        assertThat(after.json().at("/tables/messages").findValuesAsText("status")).doesNotContain("pending", "sending");
        assertThat(after.body()).as("nothing left of the customer's contact data").doesNotContain(email)
                .doesNotContain(phone);
        JsonNode timeline = creditor.get("/v1/invoices/I-gdpr/timeline").json();
        assertThat(timeline.get("customer_id").asText()).isEqualTo(pseudonym);
        assertThat(timeline.get("entries").findValuesAsText("kind")).as("the facts and what was done stay")
                .containsExactlyElementsOf(kinds);
        assertThat(timeline.toString()).doesNotContain(email).doesNotContain(phone);
    }
}
