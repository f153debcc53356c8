package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartdunning.api.ApiClient.Reply;
import org.smartdunning.api.ApiFixture.Tenant;
import org.smartdunning.testing.LocalWebhookReceiver;
import org.smartdunning.testing.LocalWebhookReceiver.Answer;

/**
 * Webhooks and KPIs through the API, part of {@link ApiContract} (so on both stores): endpoints
 * registered with their secret shown once, events signed and delivered by the service's delivery
 * pass to a real receiver that verifies them and fails on purpose, each creditor's own.
 */
interface WebhookApiContract {
    ApiFixture api();

    EventBodies events();

    @Test
    default void holdsAndSettledInvoicesReachAReceiverSignedAndAfterItsFailures() throws Exception {
        Tenant tenant = api().creditor("hooks");
        Tenant other = api().creditor("hooks-other");
        ApiClient creditor = tenant.api();
        try (LocalWebhookReceiver receiver = new LocalWebhookReceiver(api().clock)) {
            String url = receiver.endpoint("/hooks", Answer.status(500), Answer.status(200)).toString();
            Reply registered = creditor.post("/v1/webhooks", "{\"url\":\"" + url
                    + "\",\"events\":[\"hold.placed\",\"invoice.settled\"]}");
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            String id = registered.json().get("endpoint_id").asText();
            String secret = registered.json().get("secret").asText();
            assertThat(secret).startsWith("whsec_");
            receiver.secret("/hooks", secret);
            JsonNode listed = creditor.get("/v1/webhooks").json().get("items");
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("secret").isNull()).as("the secret is shown once").isTrue();
            assertThat(other.api().get("/v1/webhooks").json().get("items")).as("another creditor's endpoints").isEmpty();
            assertThat(other.api().get("/v1/webhooks/" + id).status()).isEqualTo(404);
            assertThat(other.api().delete("/v1/webhooks/" + id).status()).isEqualTo(404);

            assertThat(creditor.post("/v1/events", events().customer("C1").toString()).status()).isEqualTo(201);
            assertThat(creditor.post("/v1/events", events().invoice("I1", "C1", "100.00").toString()).status())
                    .isEqualTo(201);
            assertThat(creditor.post("/v1/holds", MalformedBodies.hold("I1").toString()).status()).isEqualTo(201);
            assertThat(creditor.post("/v1/events", events().payment("P1", "I1", "40.00").toString()).status())
                    .isEqualTo(201);
            assertThat(creditor.post("/v1/events", events().payment("P2", "I1", "60.00").toString()).status())
                    .isEqualTo(201);

            api().service.deliverWebhooks((step, e) -> {
                throw e;
            });
            assertThat(receiver.received("/hooks")).as("the first refused by the receiver's 500, the second taken")
                    .hasSize(2);
            api().clock.advance(Duration.ofSeconds(11));
            api().service.deliverWebhooks((step, e) -> {
                throw e;
            });
            List<LocalWebhookReceiver.Received> received = receiver.received("/hooks");
            assertThat(received).as("the refused one sent again after its backoff").hasSize(3);
            assertThat(received).allSatisfy(r -> assertThat(r.verification().verified()).as(r.toString()).isTrue());
            assertThat(received.get(2).header("Dunning-Event-Id")).as("a retry keeps its event id")
                    .isEqualTo(received.get(0).header("Dunning-Event-Id"));
            assertThat(received.get(2).header("Dunning-Signature")).as("and is signed again")
                    .isNotEqualTo(received.get(0).header("Dunning-Signature"));
            assertThat(received.subList(1, 3).stream().map(r -> r.header("Dunning-Event-Type")).sorted().toList())
                    .containsExactly("hold.placed", "invoice.settled");
            String settled = received.stream().filter(r -> "invoice.settled".equals(r.header("Dunning-Event-Type")))
                    .map(LocalWebhookReceiver.Received::body).findFirst().orElseThrow();
            assertThat(settled).contains("\"payment_id\":\"P2\"").doesNotContain("@");

            JsonNode detail = creditor.get("/v1/webhooks/" + id).json();
            assertThat(detail.get("deliveries").findValuesAsText("status")).containsOnly("delivered");
            assertThat(creditor.delete("/v1/webhooks/" + id).status()).isEqualTo(204);
            assertThat(creditor.delete("/v1/webhooks/" + id).status()).as("disabled already").isEqualTo(404);
        }
    }

    @Test
    default void aRegistrationNamesEveryFieldAtFault() {
        ApiClient creditor = api().creditor("hooks-bad").api();
        Reply reply = creditor.post("/v1/webhooks", "{\"url\":\"ftp://example.com/x\",\"events\":[\"hold.placed\","
                + "\"nope\"]}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("url", "events[1]");
        Reply empty = creditor.post("/v1/webhooks", "{\"url\":\"https://example.com/x\",\"events\":[]}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("errors").findValuesAsText("field")).containsExactly("events");
    }

    @Test
    default void theKpisOfACreditorCountItsOwnInvoicesOnly() {
        Tenant tenant = api().creditor("kpis");
        Tenant other = api().creditor("kpis-other");
        ApiClient creditor = tenant.api();
        assertThat(creditor.post("/v1/events", events().customer("C1").toString()).status()).isEqualTo(201);
        assertThat(creditor.post("/v1/events", events().invoice("I1", "C1", "100.00").toString()).status()).isEqualTo(201);
        assertThat(creditor.post("/v1/events", events().payment("P1", "I1", "100.00").toString()).status()).isEqualTo(201);
        Reply reply = creditor.get("/v1/kpis?from=2026-04-01&to=2026-05-31&by=segment");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        int due = 0;
        int total = -1;
        for (JsonNode row : reply.json().get("rows")) {
            if ("all".equals(row.get("group").asText())) {
                total = row.at("/values/invoices_due").asInt();
            } else {
                due += row.at("/values/invoices_due").asInt();
            }
        }
        assertThat(total).as("the one invoice, due 2026-04-30 " + reply.body()).isEqualTo(1);
        assertThat(due).as("in its customer's segment").isEqualTo(1);
        assertThat(other.api().get("/v1/kpis?from=2026-04-01&to=2026-05-31").status())
                .as("a creditor with no history").isIn(200, 422);
        Reply bad = creditor.get("/v1/kpis?from=2026-13-01&by=planet");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("query from", "query by");
    }
}
