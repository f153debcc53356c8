package org.smartdunning.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.smartdunning.api.ApiClient.Reply;
import org.smartdunning.api.ApiFixture.Tenant;
import org.smartdunning.world.WorldPresets;
import org.smartdunning.world.files.WorldFolder;

/**
 * The HTTP API against a real store, every answer checked against the OpenAPI document (see
 * {@link ApiClient}): keys, isolation of creditors on every creditor operation, idempotency,
 * problem details, fuzzed bodies, rate and size limits, bulk import, and a log free of personal data;
 * the engine's resources ({@link EngineApiContract}) and the customers' ({@link CustomerApiContract}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ApiContract implements EngineApiContract, CustomerApiContract, WebhookApiContract,
        ExperimentApiContract {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    Path temp;
    Path world;
    LogCapture logs;
    ApiFixture api;
    final EventBodies events = new EventBodies();
    private Tenant imported;

    /** The store's JDBC URL, in a fresh place per test class. */
    abstract String url(Path temp);

    /** Removes what {@link #url} made outside {@code temp}. */
    void dropStore() throws Exception {
    }

    @BeforeAll
    void start() throws Exception {
        logs = LogCapture.start();
        temp = Files.createTempDirectory("api-it-");
        world = temp.resolve("world");
        WorldFolder.generate(world, WorldPresets.named(WorldPresets.DEFAULT), AS_OF, 11, 150);
        api = new ApiFixture(url(temp), temp);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            api.close();
            dropStore();
        } finally {
            logs.close();
            try (var walk = Files.walk(temp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public ApiFixture api() {
        return api;
    }

    @Override
    public EventBodies events() {
        return events;
    }

    @Override
    public synchronized Tenant imported() {
        if (imported == null) {
            Tenant tenant = api.creditor("engine");
            Reply reply = tenant.api().post("/v1/events/bulk", FolderZips.zip(FolderZips.files(world)), "application/zip",
                    ApiClient.newKey());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            imported = tenant;
        }
        return imported;
    }

    @Override
    public String batchInvoice() {
        return FolderZips.column(FolderZips.files(world).get("batch.csv"), "invoice_id").get(0);
    }

    /** A creditor with one customer {@code C1} and invoice {@code I1} (overdue) made by events. */
    Tenant creditorWithInvoice(String name, String amount) {
        Tenant tenant = api.creditor(name);
        assertThat(tenant.api().post("/v1/events", events.customer("C1").toString()).status()).isEqualTo(201);
        assertThat(tenant.api().post("/v1/events", events.invoice("I1", "C1", amount).toString()).status()).isEqualTo(201);
        return tenant;
    }

    @Test
    void everyUnauthenticatedRequestGets401() {
        Tenant tenant = api.creditor("anon");
        assertThat(api.admin.delete("/v1/creditors/" + tenant.id() + "/keys/" + tenant.keyId()).status()).isEqualTo(204);
        List<ApiClient> strangers = List.of(api.anonymous, api.admin.as("not-a-key"), api.admin.as(""),
                api.admin.as(ApiFixture.ADMIN_KEY + "x"), tenant.api());
        List<String[]> requests = List.of(new String[] {"GET", "/v1/creditors"}, new String[] {"POST", "/v1/creditors"},
                new String[] {"GET", "/v1/creditors/" + tenant.id() + "/keys"}, new String[] {"POST", "/v1/events"},
                new String[] {"POST", "/v1/events/bulk"}, new String[] {"GET", "/v1/invoices/I1/decision-preview"},
                new String[] {"POST", "/v1/decision-previews"}, new String[] {"GET", "/v1/holds"},
                new String[] {"DELETE", "/v1/holds/1"}, new String[] {"GET", "/v1/no-such-thing"},
                new String[] {"PUT", "/v1/holds"}, new String[] {"POST", "/v1/models"}, new String[] {"GET", "/v1/models"},
                new String[] {"GET", "/v1/models/m"}, new String[] {"PUT", "/v1/workflow"},
                new String[] {"GET", "/v1/workflow"}, new String[] {"POST", "/v1/runs"}, new String[] {"GET", "/v1/runs"},
                new String[] {"GET", "/v1/runs/1"}, new String[] {"GET", "/v1/invoices/I1/timeline"},
                new String[] {"GET", "/v1/customers/C1/personal-data"}, new String[] {"GET", "/v1/experiments"},
                new String[] {"PUT", "/v1/experiments/definitions"}, new String[] {"GET", "/v1/experiments/definitions"},
                new String[] {"DELETE", "/v1/customers/C1/personal-data"});
        for (ApiClient stranger : strangers) {
            for (String[] request : requests) {
                Reply reply = stranger.send(HttpRequest.newBuilder(ApiFixture.base(api.server).resolve(request[1]))
                        .method(request[0], HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Idempotency-Key", ApiClient.newKey()).header("Content-Type", "application/json"));
                assertThat(reply.status()).as(request[0] + " " + request[1]).isEqualTo(401);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
            }
        }
        Reply basic = api.anonymous.send(HttpRequest.newBuilder(ApiFixture.base(api.server).resolve("/v1/holds"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("a:b".getBytes())));
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void operationalPagesAreOpen() {
        assertThat(api.anonymous.get("/health").json().get("status").asText()).isEqualTo("up");
        assertThat(api.anonymous.get("/ready").status()).isEqualTo(200);
        assertThat(api.anonymous.get("/openapi.json").json().get("openapi").asText()).isEqualTo("3.1.0");
        api.admin.get("/v1/creditors");
        assertThat(api.anonymous.get("/metrics").body()).contains("dunning_http_requests")
                .contains("route=\"/v1/creditors\"").doesNotContain(ApiFixture.ADMIN_KEY);
    }

    @Test
    void keysAreShownOnceListedWithoutSecretsAndRevocable() {
        Tenant tenant = api.creditor("keys");
        Reply second = api.admin.post("/v1/creditors/" + tenant.id() + "/keys", "");
        assertThat(second.status()).isEqualTo(201);
        String secret = second.json().get("key").asText();
        Reply list = api.admin.get("/v1/creditors/" + tenant.id() + "/keys");
        assertThat(list.json().get("items")).hasSize(2);
        list.json().get("items").forEach(key -> assertThat(key.get("key").isNull()).isTrue());
        assertThat(list.body()).doesNotContain(secret);
        ApiClient holder = tenant.api().as(secret);
        assertThat(holder.get("/v1/holds").status()).isEqualTo(200);

        String keyId = second.json().get("key_id").asText();
        assertThat(api.admin.delete("/v1/creditors/" + tenant.id() + "/keys/" + keyId).status()).isEqualTo(204);
        assertThat(holder.get("/v1/holds").status()).isEqualTo(401);
        assertThat(tenant.api().get("/v1/holds").status()).as("the other key still works").isEqualTo(200);
        assertThat(api.admin.delete("/v1/creditors/" + tenant.id() + "/keys/" + keyId).status()).isEqualTo(404);
        JsonNode revoked = api.admin.get("/v1/creditors/" + tenant.id() + "/keys").json().get("items");
        assertThat(revoked.findValuesAsText("revoked_at")).hasSize(2).filteredOn(v -> !v.equals("null")).hasSize(1);
        assertThat(api.admin.get("/v1/creditors/no-such-creditor/keys").status()).isEqualTo(404);
        assertThat(api.admin.post("/v1/creditors/no-such-creditor/keys", "{}").status()).isEqualTo(404);
        assertThat(api.admin.delete("/v1/creditors/" + tenant.id() + "/keys/no-such-key").status()).isEqualTo(404);
    }

    @Test
    void theAdministratorsKeyActsForNoCreditorAndACreditorsKeyIsNoAdministrator() {
        Tenant tenant = creditorWithInvoice("roles", "100.00");
        ApiClient admin = api.admin;
        assertThat(admin.get("/v1/holds").status()).isEqualTo(403);
        assertThat(admin.post("/v1/events", events.customer("C9").toString()).status()).isEqualTo(403);
        assertThat(admin.get("/v1/invoices/I1/decision-preview").status()).isEqualTo(403);
        assertThat(admin.post("/v1/decision-previews", "{\"invoice_ids\":[\"I1\"]}").status()).isEqualTo(403);
        assertThat(admin.post("/v1/holds", MalformedBodies.hold("I1").toString()).status()).isEqualTo(403);
        assertThat(admin.delete("/v1/holds/1").status()).isEqualTo(403);
        assertThat(admin.post("/v1/events/bulk", new byte[] {1}, "application/zip", ApiClient.newKey()).status()).isEqualTo(403);
        assertThat(admin.post("/v1/models", "").status()).isEqualTo(403);
        assertThat(admin.get("/v1/models").status()).isEqualTo(403);
        assertThat(admin.put("/v1/workflow", EngineApiContract.telecomWorkflow(), "application/yaml").status()).isEqualTo(403);
        assertThat(admin.get("/v1/workflow").status()).isEqualTo(403);
        assertThat(admin.put("/v1/experiments/definitions", "experiments: []", "application/yaml").status()).isEqualTo(403);
        assertThat(admin.get("/v1/experiments/definitions").status()).isEqualTo(403);
        assertThat(admin.post("/v1/runs", "").status()).isEqualTo(403);
        assertThat(admin.get("/v1/runs").status()).isEqualTo(403);
        assertThat(admin.get("/v1/invoices/I1/timeline").status()).isEqualTo(403);
        assertThat(admin.get("/v1/customers/C1/personal-data").status()).isEqualTo(403);
        assertThat(admin.delete("/v1/customers/C1/personal-data").status()).isEqualTo(403);
        assertThat(tenant.api().get("/v1/customers/C1/personal-data").status()).as("nothing was erased").isEqualTo(200);
        ApiClient creditor = tenant.api();
        assertThat(creditor.get("/v1/creditors").status()).isEqualTo(403);
        assertThat(creditor.post("/v1/creditors", "{\"creditor_id\":\"usurper\"}").status()).isEqualTo(403);
        assertThat(creditor.get("/v1/creditors/" + tenant.id() + "/keys").status()).isEqualTo(403);
        assertThat(creditor.post("/v1/creditors/" + tenant.id() + "/keys", "{}").status()).isEqualTo(403);
        assertThat(creditor.delete("/v1/creditors/" + tenant.id() + "/keys/" + tenant.keyId()).status()).isEqualTo(403);
        assertThat(api.admin.get("/v1/creditors?limit=500").body()).doesNotContain("usurper");
    }

    @Test
    void creditorsKeepTheirOwnIdsAndNeverReachEachOthersData() {
        Tenant a = creditorWithInvoice("alpha", "100.00");
        Tenant b = creditorWithInvoice("beta", "250.00");
        assertThat(b.api().post("/v1/events", events.customer("C2").toString()).status()).isEqualTo(201);
        assertThat(b.api().post("/v1/events", events.invoice("I2", "C2", "75.00").toString()).status()).isEqualTo(201);
        assertThat(b.api().post("/v1/events", events.payment("P2", "I2", "5.00").toString()).status()).isEqualTo(201);
        List<Long> bHolds = new ArrayList<>();
        for (String target : List.of("I1", "I2")) {
            Reply hold = b.api().post("/v1/holds", MalformedBodies.hold(target).toString());
            assertThat(hold.status()).isEqualTo(201);
            bHolds.add(hold.json().get("hold_id").asLong());
        }
        Reply aHold = a.api().post("/v1/holds", MalformedBodies.hold("I1").put("reason", "service").toString());
        assertThat(aHold.status()).isEqualTo(201);
        api.clock.advance(Duration.ofSeconds(11)); // previews see the newest events

        // the same ids, each creditor its own invoice
        assertThat(a.api().get("/v1/invoices/I1/decision-preview").json().get("amount").asText()).isEqualTo("100.00");
        assertThat(b.api().get("/v1/invoices/I1/decision-preview").json().get("amount").asText()).isEqualTo("250.00");
        // reading: B's invoice answers A with 404; a batch names it unknown
        Reply preview = a.api().get("/v1/invoices/I2/decision-preview");
        assertThat(preview.status()).isEqualTo(404);
        assertThat(preview.body()).doesNotContain("75.00");
        JsonNode batch = a.api().post("/v1/decision-previews", "{\"invoice_ids\":[\"I1\",\"I2\"]}").json();
        assertThat(batch.get("previews").findValuesAsText("invoice_id")).containsExactly("I1");
        assertThat(batch.get("unknown")).extracting(JsonNode::asText).containsExactly("I2");
        // listing: A sees its own hold only
        JsonNode aList = a.api().get("/v1/holds").json().get("items");
        assertThat(aList).hasSize(1);
        assertThat(aList.get(0).get("reason").asText()).isEqualTo("service");
        // changing: holds on B's ids, lifting B's holds, events on B's customer, invoice and payment
        assertThat(a.api().post("/v1/holds", MalformedBodies.hold("I2").toString()).status()).isEqualTo(404);
        assertThat(a.api().post("/v1/holds", MalformedBodies.hold("C2").put("scope", "customer").toString()).status())
                .isEqualTo(404);
        long onlyB = bHolds.stream().filter(id -> id != aHold.json().get("hold_id").asLong()).findFirst().orElseThrow();
        assertThat(a.api().delete("/v1/holds/" + onlyB).status()).isEqualTo(404);
        assertRefused(a.api().post("/v1/events", events.invoice("I3", "C2", "10.00").toString()), "data.customer_id",
                "no customer");
        assertRefused(a.api().post("/v1/events", events.customer("customer.updated", "C2").toString()), "data.customer_id",
                "no customer");
        assertRefused(a.api().post("/v1/events", events.event("customer.ended", Map.of("customer_id", "C2", "ended_on",
                "2026-05-31")).toString()), "data.customer_id", "no customer");
        assertRefused(a.api().post("/v1/events", events.payment("P3", "I2", "1.00").toString()), "data.invoice_id",
                "no invoice");
        assertRefused(a.api().post("/v1/events", events.event("payment.reversed", Map.of("payment_id", "R3",
                "reverses", "P2", "reversed_on", "2026-05-12")).toString()), "data.reverses", "no payment");
        assertRefused(a.api().post("/v1/events", events.event("dispute.opened", Map.of("invoice_id", "I2",
                "opened_on", "2026-05-12")).toString()), "data.invoice_id", "no invoice");
        assertRefused(a.api().post("/v1/events", events.event("invoice.inquiry", Map.of("customer_id", "C2",
                "occurred_on", "2026-05-12")).toString()), "data.customer_id", "no customer");
        // and B's data is as it was
        JsonNode bList = b.api().get("/v1/holds").json().get("items");
        assertThat(bList.findValuesAsText("hold_id")).containsExactlyElementsOf(bHolds.stream().map(String::valueOf).toList());
        assertThat(bList.findValuesAsText("lifted_on")).containsOnly("null");
        api.clock.advance(Duration.ofSeconds(11));
        assertThat(b.api().get("/v1/invoices/I2/decision-preview").json().get("unpaid").asText()).isEqualTo("70.00");
        assertThat(a.api().get("/v1/invoices/I3/decision-preview").status()).isEqualTo(404);
    }

    private static void assertRefused(Reply reply, String field, String reason) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(reply.json().get("errors").get(0).get("reason").asText()).startsWith(reason);
    }

    @Test
    void aRetriedPostIsAnsweredOnceAndTheSameKeyWithAnotherBodyIsRefused() {
        Tenant tenant = creditorWithInvoice("idem", "100.00");
        ApiClient creditor = tenant.api();
        String body = MalformedBodies.hold("I1").toString();
        Reply first = creditor.post("/v1/holds", body, "hold-once");
        Reply again = creditor.post("/v1/holds", body, "hold-once");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(creditor.get("/v1/holds").json().get("items")).hasSize(1);
        Reply other = creditor.post("/v1/holds", MalformedBodies.hold("C1").put("scope", "customer").toString(), "hold-once");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.fields()).containsExactly("header Idempotency-Key");
        assertThat(creditor.get("/v1/holds").json().get("items")).hasSize(1);
        // a refusal is kept too
        Reply refused = creditor.post("/v1/holds", MalformedBodies.hold("no-such-invoice").toString(), "hold-404");
        Reply refusedAgain = creditor.post("/v1/holds", MalformedBodies.hold("no-such-invoice").toString(), "hold-404");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refusedAgain.status()).isEqualTo(404);
        assertThat(refusedAgain.json()).isEqualTo(refused.json());
        // events: one recorded
        String event = events.payment("P-idem", "I1", "10.00").toString();
        assertThat(creditor.post("/v1/events", event, "event-once").status()).isEqualTo(201);
        Reply event2 = creditor.post("/v1/events", event, "event-once");
        assertThat(event2.status()).isEqualTo(201);
        assertThat(event2.header("Idempotent-Replayed")).isEqualTo("true");
        Reply sameEventNewKey = creditor.post("/v1/events", event);
        assertThat(sameEventNewKey.status()).isEqualTo(200);
        assertThat(sameEventNewKey.json().get("outcome").asText()).isEqualTo("repeated");
        api.clock.advance(Duration.ofSeconds(11));
        assertThat(creditor.get("/v1/invoices/I1/decision-preview").json().get("unpaid").asText()).isEqualTo("90.00");
        // a missing key is refused before any work
        Reply noKey = creditor.post("/v1/holds", MalformedBodies.hold("I1").toString(), null);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.fields()).containsExactly("header Idempotency-Key");
        assertThat(creditor.get("/v1/holds").json().get("items")).hasSize(1);

        // the administrator's POSTs
        String id = tenant.id() + "-x";
        Reply created = api.admin.post("/v1/creditors", "{\"creditor_id\":\"" + id + "\"}", "creditor-once");
        Reply createdAgain = api.admin.post("/v1/creditors", "{\"creditor_id\":\"" + id + "\"}", "creditor-once");
        assertThat(created.status()).isEqualTo(201);
        assertThat(createdAgain.status()).isEqualTo(201);
        assertThat(createdAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(createdAgain.body()).isEqualTo(created.body());
        assertThat(api.admin.post("/v1/creditors", "{\"creditor_id\":\"" + id + "-y\"}", "creditor-once").status())
                .isEqualTo(422);
        assertThat(api.admin.post("/v1/creditors", "{\"creditor_id\":\"" + id + "\"}").json().get("created").asBoolean())
                .isFalse();
        Reply key = api.admin.post("/v1/creditors/" + id + "/keys", "{\"label\":\"k\"}", "key-once");
        Reply keyAgain = api.admin.post("/v1/creditors/" + id + "/keys", "{\"label\":\"k\"}", "key-once");
        assertThat(keyAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(keyAgain.json().get("key_id")).isEqualTo(key.json().get("key_id"));
        assertThat(api.admin.get("/v1/creditors/" + id + "/keys").json().get("items")).hasSize(1);
        assertThat(api.admin.post("/v1/creditors/" + id + "/keys", "{\"label\":\"other\"}", "key-once").status())
                .isEqualTo(422);
    }

    @Test
    void aBatchOfEventsIsRecordedAllOrNothingAndOnce() {
        Tenant tenant = api.creditor("batch");
        ApiClient creditor = tenant.api();
        String good = batch(events.customer("C1"), events.invoice("I1", "C1", "100.00"),
                events.payment("P1", "I1", "40.00"));
        // one event names a customer the creditor does not have: nothing of the batch is recorded
        Reply refused = creditor.post("/v1/events/batch", batch(events.customer("C1"),
                events.invoice("I1", "C1", "100.00"), events.invoice("I2", "nobody", "5.00")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.fields()).containsExactly("events[2].data.customer_id");
        assertThat(creditor.get("/v1/invoices/I1/timeline").status()).as("the batch left nothing").isEqualTo(404);
        // every bad field of every event is named at once, before any work
        Reply malformed = creditor.post("/v1/events/batch", batch(events.customer("C1"),
                events.invoice("I1", "C1", "-1"), events.invoice("I2", "C1", "1,5")));
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.fields()).containsExactly("events[1].data.amount", "events[2].data.amount");
        assertThat(creditor.post("/v1/events/batch", batch(events.customer("C1").put("colour", "red"))).fields())
                .containsExactly("events[0].colour");
        assertThat(creditor.post("/v1/events/batch", "{\"events\":[]}").fields()).containsExactly("events");

        Reply first = creditor.post("/v1/events/batch", good, "batch-once");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("recorded").asInt()).isEqualTo(3);
        assertThat(first.json().get("events").get(2).get("outcome").asText()).isEqualTo("recorded");
        Reply retry = creditor.post("/v1/events/batch", good, "batch-once");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        Reply resent = creditor.post("/v1/events/batch", good);
        assertThat(resent.json().get("repeated").asInt()).as("the same events under a new key").isEqualTo(3);
        assertThat(creditor.post("/v1/events/batch", batch(events.customer("C9")), "batch-once").fields())
                .containsExactly("header Idempotency-Key");
        api.clock.advance(Duration.ofSeconds(11));
        assertThat(creditor.get("/v1/invoices/I1/decision-preview").json().get("unpaid").asText())
                .as("the payment counted once").isEqualTo("60.00");
    }

    private static String batch(com.fasterxml.jackson.databind.node.ObjectNode... events) {
        return "{\"events\":[" + String.join(",", java.util.Arrays.stream(events).map(Object::toString).toList()) + "]}";
    }

    @Test
    void malformedBodiesGetProblemDetailsNamingTheField() {
        Tenant tenant = creditorWithInvoice("malformed", "100.00");
        List<MalformedBodies.Case> cases = new ArrayList<>(MalformedBodies.forCreditor(events, "C1", "I1"));
        List<String> wrong = new ArrayList<>();
        for (MalformedBodies.Case c : cases) {
            check(() -> tenant.api().post(c.path(), c.body()), c, wrong);
        }
        for (MalformedBodies.Case c : MalformedBodies.forAdmin()) {
            check(() -> api.admin.post(c.path(), c.body()), c, wrong);
        }
        check(() -> tenant.api().get("/v1/holds?limit=0"), new MalformedBodies.Case("limit 0", "/v1/holds", "", 400, "query limit"), wrong);
        check(() -> tenant.api().get("/v1/holds?cursor=%25%25"),
                new MalformedBodies.Case("bad cursor", "/v1/holds", "", 400, "query cursor"), wrong);
        assertThat(wrong).isEmpty();
        assertThat(cases.size() + MalformedBodies.forAdmin().size()).isGreaterThanOrEqualTo(20);
        assertThat(tenant.api().get("/v1/holds").json().get("items")).as("nothing refused was placed").isEmpty();
    }

    private static void check(java.util.function.Supplier<Reply> request, MalformedBodies.Case c, List<String> wrong) {
        Reply reply;
        try {
            reply = request.get();
        } catch (AssertionError e) {
            wrong.add(c.name() + ": " + e.getMessage());
            return;
        }
        boolean right = reply.status() == c.status() && reply.contentType().startsWith("application/problem+json")
                && reply.fields().contains(c.field()) && !reply.body().contains("Exception")
                && !reply.body().contains("\tat ");
        if (!right) {
            wrong.add(c.name() + ": expected " + c.status() + " naming " + c.field() + ", got " + reply);
        }
    }

    @Test
    void valuesTheStoreCannotHoldAreRefusedNamingTheField() {
        Tenant tenant = creditorWithInvoice("edges", "100.00");
        ObjectNode hugeInvoice = events.invoice("I-big", "C1", "12345678901234567.00");
        ObjectNode hugeFee = events.customer("C-big");
        ((ObjectNode) hugeFee.get("data")).put("monthly_fee", "12345678901234567");
        List<MalformedBodies.Case> cases = List.of(
                new MalformedBodies.Case("note longer than its column", "/v1/holds",
                        MalformedBodies.hold("I1").put("note", "n".repeat(1001)).toString(), 422, "note"),
                new MalformedBodies.Case("hold ending before it starts", "/v1/holds",
                        MalformedBodies.hold("I1").put("from", "2026-06-10").put("until", "2026-06-01").toString(), 422,
                        "until"),
                new MalformedBodies.Case("amount beyond DECIMAL(18,2)", "/v1/events", hugeInvoice.toString(), 422,
                        "data.amount"),
                new MalformedBodies.Case("monthly fee beyond DECIMAL(18,2)", "/v1/events", hugeFee.toString(), 422,
                        "data.monthly_fee"));
        List<String> wrong = new ArrayList<>();
        cases.forEach(c -> check(() -> tenant.api().post(c.path(), c.body()), c, wrong));
        check(() -> api.admin.post("/v1/creditors/" + tenant.id() + "/keys", "{\"label\":{\"name\":\"ops\"}}"),
                new MalformedBodies.Case("key label an object", "/v1/creditors/{creditor}/keys", "", 422, "label"), wrong);
        check(() -> api.admin.post("/v1/creditors/" + tenant.id() + "/keys", "{\"label\":\"" + "l".repeat(201) + "\"}"),
                new MalformedBodies.Case("key label longer than its column", "/v1/creditors/{creditor}/keys", "", 422,
                        "label"), wrong);
        assertThat(wrong).isEmpty();
    }

    @Test
    void fuzzedBodiesNeverGetA5xx() {
        Tenant tenant = creditorWithInvoice("fuzz", "100.00");
        ApiClient creditor = tenant.api();
        assertThat(creditor.post("/v1/events", events.payment("P1", "I1", "20.00").toString()).status()).isEqualTo(201);
        Map<String, JsonNode> valid = new LinkedHashMap<>();
        events.everyType("C1", "I1", "P1").forEach((type, body) -> valid.put("/v1/events " + type, body));
        valid.put("/v1/holds", MalformedBodies.hold("I1"));
        valid.put("/v1/decision-previews", OpenApiDocument.JSON.createObjectNode().set("invoice_ids",
                OpenApiDocument.JSON.createArrayNode().add("I1").add("I2")));
        BodyFuzzer fuzzer = new BodyFuzzer(20260601L);
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 30; round++) {
            for (Map.Entry<String, JsonNode> entry : valid.entrySet()) {
                String body = fuzzer.mutate(entry.getValue());
                fuzz(() -> creditor.post(entry.getKey().split(" ")[0], body), body, statuses, failures);
            }
        }
        ObjectNode creditorBody = OpenApiDocument.JSON.createObjectNode().put("creditor_id", "fz");
        ObjectNode keyBody = OpenApiDocument.JSON.createObjectNode().put("label", "fuzzed");
        for (int round = 0; round < 15; round++) {
            String body = fuzzer.mutate(creditorBody);
            fuzz(() -> api.admin.post("/v1/creditors", body), body, statuses, failures);
            String label = fuzzer.mutate(keyBody);
            fuzz(() -> api.admin.post("/v1/creditors/" + tenant.id() + "/keys", label), label, statuses, failures);
        }
        byte[] zip = FolderZips.zip(FolderZips.files(world));
        for (int round = 0; round < 20; round++) {
            byte[] mutated = fuzzer.mutate(zip);
            fuzz(() -> creditor.post("/v1/events/bulk", mutated, "application/zip", ApiClient.newKey()),
                    "a zip of " + mutated.length + " bytes", statuses, failures);
        }
        int total = statuses.values().stream().mapToInt(Integer::intValue).sum() + failures.size();
        assertThat(failures).as("statuses " + statuses).isEmpty();
        assertThat(total).isGreaterThanOrEqualTo(400);
        assertThat(statuses.getOrDefault(422, 0)).as("statuses " + statuses).isGreaterThan(total / 4);
    }

    /** Sends one fuzzed request; a 5xx or an answer the document refuses is noted with the body that caused it. */
    private static void fuzz(java.util.function.Supplier<Reply> request, String body, Map<Integer, Integer> statuses,
                             List<String> failures) {
        try {
            statuses.merge(request.get().status(), 1, Integer::sum);
        } catch (AssertionError e) {
            failures.add(e.getMessage().lines().findFirst().orElse("") + "\n    body: "
                    + (body.length() > 400 ? body.substring(0, 400) + "…" : body));
        }
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfter() {
        Tenant tenant = api.creditor("rate");
        try (ApiServer slow = ApiServer.start(api.service, ApiFixture.settings(2))) {
            ApiClient limited = tenant.api().at(ApiFixture.base(slow));
            List<Integer> statuses = new ArrayList<>();
            Reply limitedReply = null;
            for (int i = 0; i < 6; i++) {
                Reply reply = limited.get("/v1/holds");
                statuses.add(reply.status());
                if (reply.status() == 429) {
                    limitedReply = reply;
                }
            }
            assertThat(statuses).as(statuses.toString()).startsWith(200, 200).contains(429);
            assertThat(Integer.parseInt(limitedReply.header("Retry-After"))).isBetween(1, 2);
            assertThat(limitedReply.contentType()).startsWith("application/problem+json");
            assertThat(api.admin.at(ApiFixture.base(slow)).get("/v1/creditors").status()).as("another key, its own bucket")
                    .isEqualTo(200);
        }
    }

    @Test
    void aBodyOverTheSizeLimitGets413() {
        Tenant tenant = api.creditor("size");
        String huge = "{\"event_id\":\"e\",\"type\":\"customer.created\",\"data\":{\"plan\":\""
                + "x".repeat((int) ApiFixture.MAX_REQUEST_BYTES) + "\"}}";
        Reply reply = tenant.api().post("/v1/events", huge);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        Reply zip = tenant.api().post("/v1/events/bulk", new byte[(int) ApiFixture.MAX_REQUEST_BYTES + 1],
                "application/zip", ApiClient.newKey());
        assertThat(zip.status()).isEqualTo(413);
        assertThat(tenant.api().post("/v1/events", events.customer("C1").toString()).status()).as("the key still works")
                .isEqualTo(201);
    }

    @Test
    void aZippedFolderIsImportedOnceAndBrokenOnesAreRefusedNamingFileLineAndColumn() {
        Tenant tenant = api.creditor("bulk");
        Tenant other = api.creditor("bulk-other");
        Map<String, byte[]> files = FolderZips.files(world);
        byte[] zip = FolderZips.zip(files);
        assertThat(zip.length).isLessThan((int) ApiFixture.MAX_REQUEST_BYTES);
        assertThat(tenant.api().post("/v1/events/bulk", zip, "application/json", ApiClient.newKey()).status())
                .isEqualTo(415);

        Map<String, byte[]> broken = new LinkedHashMap<>(files);
        broken.put("history/invoices.csv", FolderZips.withField(files.get("history/invoices.csv"), 2, "amount", "12;50"));
        Reply refused = tenant.api().post("/v1/events/bulk", FolderZips.zip(broken), "application/zip", ApiClient.newKey());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.fields()).anyMatch(f -> f.matches("history/invoices\\.csv:3:\\d+ \\(amount\\)"));
        Map<String, byte[]> evil = new LinkedHashMap<>(files);
        evil.put("../evil", "boo".getBytes(StandardCharsets.UTF_8));
        Reply escaped = tenant.api().post("/v1/events/bulk", FolderZips.zip(evil), "application/zip", ApiClient.newKey());
        assertThat(escaped.status()).isEqualTo(422);
        assertThat(escaped.json().get("detail").asText()).contains("../evil");
        assertThat(Files.exists(temp.getParent().resolve("evil"))).isFalse();

        Reply imported = tenant.api().post("/v1/events/bulk", zip, "application/zip", ApiClient.newKey());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().at("/added/customers").asLong()).isEqualTo(150);
        assertThat(imported.json().get("as_of").asText()).isEqualTo(AS_OF.toString());
        Reply again = tenant.api().post("/v1/events/bulk", zip, "application/zip", ApiClient.newKey());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("already_imported").asBoolean()).isTrue();
        assertThat(again.json().at("/added/customers").asLong()).isZero();

        String batchInvoice = FolderZips.column(files.get("batch.csv"), "invoice_id").get(0);
        Reply preview = tenant.api().get("/v1/invoices/" + batchInvoice + "/decision-preview");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("candidates").size()).isGreaterThan(1);
        assertThat(preview.json().at("/model/name").asText()).isNotBlank();
        assertThat(preview.json().get("decide_on").asText()).isEqualTo(AS_OF.toString());
        assertThat(other.api().get("/v1/invoices/" + batchInvoice + "/decision-preview").status()).isEqualTo(404);
        List<String> batch = FolderZips.column(files.get("batch.csv"), "invoice_id");
        JsonNode previews = tenant.api().post("/v1/decision-previews", OpenApiDocument.JSON.createObjectNode()
                .set("invoice_ids", OpenApiDocument.JSON.valueToTree(batch.subList(0, Math.min(20, batch.size()))))
                .toString()).json();
        assertThat(previews.get("previews")).hasSize(Math.min(20, batch.size()));
        assertThat(previews.get("unknown")).isEmpty();
        Reply cut = other.api().post("/v1/events/bulk", java.util.Arrays.copyOf(zip, zip.length / 2), "application/zip",
                ApiClient.newKey());
        assertThat(cut.status()).as("a truncated archive").isEqualTo(422);
    }

    @Test
    void holdsArePagedWithACursor() {
        Tenant tenant = creditorWithInvoice("pages", "100.00");
        for (int i = 0; i < 5; i++) {
            assertThat(tenant.api().post("/v1/holds", MalformedBodies.hold("I1").toString()).status()).isEqualTo(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = tenant.api().get("/v1/holds?limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(h -> seen.add(h.get("hold_id").asText()));
            cursor = page.get("next_cursor").isNull() ? "" : page.get("next_cursor").asText();
            pages++;
        } while (!cursor.isEmpty() && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        String last = seen.get(4);
        assertThat(tenant.api().delete("/v1/holds/" + last).status()).isEqualTo(204);
        assertThat(tenant.api().delete("/v1/holds/" + last).status()).as("lifted already").isEqualTo(404);
        assertThat(tenant.api().delete("/v1/holds/not-a-number").status()).isEqualTo(404);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void noLogLineHoldsAnEmailOrPhoneNumber() {
        Map<String, byte[]> files = FolderZips.files(world);
        List<String> personal = new ArrayList<>(events.personalData());
        FolderZips.column(files.get("history/customers.csv"), "email").stream().filter(v -> !v.isEmpty())
                .forEach(personal::add);
        FolderZips.column(files.get("history/customers.csv"), "phone").stream().filter(v -> !v.isEmpty())
                .forEach(personal::add);
        List<String> lines = logs.lines();
        assertThat(lines.stream().filter(l -> l.contains("org.smartdunning.api.access request")).count())
                .as("the access log was captured").isGreaterThan(300);
        assertThat(personal).hasSizeGreaterThan(100);
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            for (String value : personal) {
                if (line.contains(value)) {
                    leaks.add(value + " in: " + line);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }
}
