package org.smartdunning.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartdunning.application.holds.PlaceHold;
import org.smartdunning.application.holds.ReleaseHold;
import org.smartdunning.application.port.WebhookBook.DeliveryRecord;
import org.smartdunning.application.webhooks.DayEvents;
import org.smartdunning.application.webhooks.DisableWebhookEndpoint;
import org.smartdunning.application.webhooks.ListWebhookEndpoints;
import org.smartdunning.application.webhooks.PublishWebhookEvent;
import org.smartdunning.application.webhooks.PublishingOutbox;
import org.smartdunning.application.webhooks.RegisterWebhookEndpoint;
import org.smartdunning.application.webhooks.Registration;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.audit.AuditEvent;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.DispatchOutbox;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.channels.RetryPolicy;
import org.smartdunning.channels.ScriptedChannel;
import org.smartdunning.channels.TestNotices;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.webhooks.EndpointId;
import org.smartdunning.webhooks.EndpointSummary;
import org.smartdunning.webhooks.WebhookDelivery;
import org.smartdunning.webhooks.WebhookEndpoint;
import org.smartdunning.webhooks.WebhookEvent;
import org.smartdunning.webhooks.WebhookEventType;
import org.smartdunning.webhooks.WebhookEvents;
import org.smartdunning.workflow.DailyPlan;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.HoldReason;
import org.smartdunning.workflow.HoldScope;

/**
 * The webhook tables on a real store: endpoints registered, listed without secrets and disabled;
 * events queued once per subscribed active endpoint; deliveries claimed under a lease and settled;
 * the daily process's and the holds' events queued; creditors kept apart.
 */
abstract class WebhooksContract {
    static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    static final String HOOK = "https://hooks.example.com/dunning";

    final TestClock clock = new TestClock(Instant.parse("2026-03-16T06:00:00Z"));
    Database database;
    JdbcWebhooks book;
    PublishWebhookEvent publish;

    abstract String url();

    @BeforeEach
    void open() {
        database = Database.open(url(), CreditorId.DEFAULT);
        book = new JdbcWebhooks(database);
        publish = new PublishWebhookEvent(book, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    WebhookEndpoint register(String... events) {
        Registration answer = new RegisterWebhookEndpoint(book, false, clock, seeded()).register(HOOK, List.of(events));
        assertThat(answer).isInstanceOf(Registration.Registered.class);
        return ((Registration.Registered) answer).endpoint();
    }

    static SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(System.nanoTime());
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    List<DeliveryRecord> deliveries(WebhookEndpoint endpoint) {
        return book.deliveries(endpoint.id(), 100);
    }

    static WebhookEvent placed(long holdId) {
        return WebhookEvents.holdPlaced(new Hold(holdId, HoldScope.INVOICE, "I" + holdId, HoldReason.of("dispute"), DAY,
                null, null, ""), Instant.parse("2026-03-16T06:00:00Z"));
    }

    @Test
    void registeredEndpointIsListedWithoutItsSecretAndCanBeDisabledOnce() {
        WebhookEndpoint endpoint = register("hold.placed", "decision.made", "hold.placed");
        assertThat(endpoint.secret()).startsWith("whsec_");

        List<EndpointSummary> listed = new ListWebhookEndpoints(book).all();
        assertThat(listed).containsExactly(endpoint.summary());
        assertThat(listed.get(0).events()).containsExactly(WebhookEventType.DECISION_MADE, WebhookEventType.HOLD_PLACED);
        assertThat(listed.toString()).doesNotContain(endpoint.secret().substring(6));
        assertThat(book.endpoint(endpoint.id()).orElseThrow().secret()).as("kept to sign with").isEqualTo(endpoint.secret());

        DisableWebhookEndpoint disable = new DisableWebhookEndpoint(book, clock);
        assertThat(disable.disable("we_00000000000000000000")).isFalse();
        assertThat(disable.disable("not an id")).isFalse();
        assertThat(disable.disable(endpoint.id().value())).isTrue();
        assertThat(disable.disable(endpoint.id().value())).as("disabled already").isFalse();
        assertThat(new ListWebhookEndpoints(book).find(endpoint.id().value()).orElseThrow().disabledAt())
                .contains(clock.instant());
    }

    @Test
    void registrationNamesEveryWrongFieldAndStoresNothing() {
        Registration answer = new RegisterWebhookEndpoint(book, false, clock, seeded())
                .register("http://127.0.0.1:9/x", List.of("hold.placed", "invoice.paid"));
        assertThat(answer).isInstanceOf(Registration.Rejected.class);
        assertThat(((Registration.Rejected) answer).problems()).extracting(Registration.FieldProblem::field)
                .containsExactly("url", "events[1]");
        assertThat(((Registration.Rejected) answer).problems().get(1).reason())
                .startsWith("'invoice.paid' is not a webhook event type");
        assertThat(new RegisterWebhookEndpoint(book, false, clock, seeded()).register(HOOK, List.of()))
                .isInstanceOf(Registration.Rejected.class);
        assertThat(book.endpoints()).isEmpty();
    }

    @Test
    void anEventIsQueuedOnceForEverySubscribedActiveEndpoint() {
        assertThat(publish.publish(placed(1))).as("no endpoints: nothing queued").isZero();
        WebhookEndpoint holds = register("hold.placed");
        WebhookEndpoint decisions = register("decision.made");
        WebhookEndpoint disabled = register("hold.placed");
        book.disable(disabled.id(), clock.instant());

        assertThat(publish.publish(placed(2))).isEqualTo(1);
        publish.publish(placed(2));
        publish.publish(List.of(placed(2), placed(2)));
        assertThat(deliveries(holds)).singleElement().satisfies(d -> {
            assertThat(d.eventId()).isEqualTo(placed(2).id());
            assertThat(d.eventType()).isEqualTo("hold.placed");
            assertThat(d.status()).isEqualTo("pending");
            assertThat(d.attempts()).isZero();
        });
        assertThat(deliveries(decisions)).isEmpty();
        assertThat(deliveries(disabled)).isEmpty();
    }

    @Test
    void aClaimLeasesDeliveriesUntilSettledOrTheLeaseRunsOut() {
        WebhookEndpoint endpoint = register("hold.placed");
        publish.publish(List.of(placed(1), placed(2), placed(3)));
        Duration lease = Duration.ofMinutes(2);

        List<WebhookDelivery> claimed = book.claimDue(clock.instant(), 10, lease);
        assertThat(claimed).extracting(WebhookDelivery::eventId).containsExactlyInAnyOrder(placed(1).id(),
                placed(2).id(), placed(3).id());
        claimed = claimed.stream().sorted(java.util.Comparator.comparing(d -> d.body().contains("\"I1\"") ? 1
                : d.body().contains("\"I2\"") ? 2 : 3)).toList();
        assertThat(claimed.get(0).secret()).isEqualTo(endpoint.secret());
        assertThat(claimed.get(0).body()).isEqualTo(placed(1).toJson());
        assertThat(book.claimDue(clock.instant(), 10, lease)).as("leased").isEmpty();

        book.delivered(claimed.get(0), 1, 204, clock.instant());
        book.failed(claimed.get(1), 1, 500, "HTTP 500", Optional.of(clock.instant().plusSeconds(10)), clock.instant());
        book.failed(claimed.get(2), 1, 0, "timed out", Optional.empty(), clock.instant());

        clock.advance(Duration.ofSeconds(10));
        assertThat(book.claimDue(clock.instant(), 10, lease)).singleElement()
                .satisfies(d -> {
                    assertThat(d.eventId()).isEqualTo(placed(2).id());
                    assertThat(d.attempts()).isEqualTo(1);
                });
        clock.advance(lease);
        assertThat(book.claimDue(clock.instant(), 10, lease)).as("a worker that died: claimed again")
                .extracting(WebhookDelivery::eventId).containsExactly(placed(2).id());

        Map<String, DeliveryRecord> byEvent = new java.util.HashMap<>();
        deliveries(endpoint).forEach(d -> byEvent.put(d.eventId(), d));
        assertThat(byEvent.get(placed(1).id())).satisfies(d -> {
            assertThat(d.status()).isEqualTo("delivered");
            assertThat(d.lastStatusCode()).isEqualTo(204);
        });
        assertThat(byEvent.get(placed(3).id())).satisfies(d -> {
            assertThat(d.status()).isEqualTo("failed");
            assertThat(d.lastReason()).isEqualTo("timed out");
            assertThat(d.lastStatusCode()).isZero();
        });
    }

    @Test
    void disablingAnEndpointDropsItsPendingDeliveries() {
        WebhookEndpoint endpoint = register("hold.placed");
        publish.publish(placed(1));
        List<WebhookDelivery> claimed = book.claimDue(clock.instant(), 10, Duration.ofMinutes(2));
        publish.publish(placed(2));
        book.disable(endpoint.id(), clock.instant());
        book.delivered(claimed.get(0), 1, 200, clock.instant());

        clock.advance(Duration.ofHours(1));
        assertThat(book.claimDue(clock.instant(), 10, Duration.ofMinutes(2))).isEmpty();
        assertThat(deliveries(endpoint)).extracting(DeliveryRecord::status).containsOnly("cancelled");
    }

    @Test
    void placingAndLiftingAHoldQueuesItsEventsWithoutTheNote() {
        WebhookEndpoint endpoint = register("hold.placed", "hold.lifted");
        JdbcHolds holds = new JdbcHolds(database);
        Hold hold = new PlaceHold(holds, publish).place(HoldScope.CUSTOMER, "C-7", HoldReason.of("payment_plan"), DAY,
                DAY.plusMonths(3), "Anna Svensson, anna@example.com, agreed 3 instalments");
        assertThat(new ReleaseHold(holds, publish).release(hold.id(), DAY.plusDays(5))).isTrue();
        assertThat(new ReleaseHold(holds, publish).release(hold.id(), DAY.plusDays(6))).isFalse();

        List<WebhookDelivery> claimed = book.claimDue(clock.instant(), 10, Duration.ofMinutes(1));
        assertThat(claimed).extracting(WebhookDelivery::type)
                .containsExactlyInAnyOrder(WebhookEventType.HOLD_PLACED, WebhookEventType.HOLD_LIFTED);
        WebhookDelivery placed = claimed.stream().filter(d -> d.type() == WebhookEventType.HOLD_PLACED).findFirst()
                .orElseThrow();
        assertThat(placed.body()).contains("\"hold_id\":" + hold.id(), "\"scope\":\"customer\"", "\"target_id\":\"C-7\"",
                "\"reason\":\"payment_plan\"").doesNotContain("Anna", "example.com", "instalments");
        assertThat(deliveries(endpoint)).hasSize(2);
    }

    @Test
    void theDailyDispatchQueuesMessageSentHandOffAndDeliveryFailed() {
        WebhookEndpoint endpoint = register("message.sent", "collection.handed_off", "delivery.failed");
        ScriptedChannel email = new ScriptedChannel(DunningAction.EMAIL);
        ScriptedChannel sms = new ScriptedChannel(DunningAction.SMS).then(DeliveryResult.permanentFailure("400"));
        ScriptedChannel collection = new ScriptedChannel(DunningAction.COLLECTION);
        new JdbcDunningDayStore(database).commit(new DailyPlan(DAY, "test", List.of(),
                List.of(entry("I1", DunningAction.SMS, DunningAction.EMAIL), entry("I2", DunningAction.COLLECTION)),
                List.of(), List.of(), List.of()), clock.instant());

        PublishingOutbox noting = new PublishingOutbox(new JdbcOutbox(database, clock), clock);
        new DispatchOutbox(noting, Map.of(DunningAction.EMAIL, email, DunningAction.SMS, sms, DunningAction.COLLECTION,
                collection), (a, n, r) -> new org.smartdunning.channels.MessageRenderer.Rendered("s", "b"),
                (entries, day) -> Map.of(), RetryPolicy.DEFAULT, clock).dispatch(DAY);
        publish.publish(noting.drain());

        List<WebhookDelivery> claimed = book.claimDue(clock.instant(), 10, Duration.ofMinutes(1));
        assertThat(claimed).extracting(d -> d.type().wireName()).containsExactlyInAnyOrder("delivery.failed",
                "message.sent", "collection.handed_off");
        String failed = claimed.stream().filter(d -> d.type() == WebhookEventType.DELIVERY_FAILED).findFirst()
                .orElseThrow().body();
        assertThat(failed).contains("\"invoice_id\":\"I1\"", "\"channel\":\"sms\"", "\"fallback\":\"email\"",
                "\"amount\":499.00", "\"total\":562.10");
        assertThat(claimed).allSatisfy(d -> assertThat(d.body()).doesNotContain("@example.com", "+4670"));
        assertThat(deliveries(endpoint)).hasSize(3);
        assertThat(noting.drain()).isEmpty();
    }

    @Test
    void aDaysDecisionsAreQueuedAsDecisionMade() {
        register("decision.made");
        AuditEntry decided = new AuditEntry(DAY, new InvoiceId("I9"), new CustomerId("C9"), "decision",
                AuditEvent.DECIDED, DunningAction.EMAIL, "stage decision", "learned-outcomes v3", 0.9, "I9.decision",
                "email has the highest expected value");
        AuditEntry queued = new AuditEntry(DAY, new InvoiceId("I9"), new CustomerId("C9"), "decision",
                AuditEvent.QUEUED, DunningAction.EMAIL, "stage decision", null, Double.NaN, "I9.decision", "");
        DailyPlan plan = new DailyPlan(DAY, "test", List.of(), List.of(), List.of(decided, queued), List.of(), List.of());
        assertThat(publish.publish(DayEvents.decisions(plan, clock.instant()))).isEqualTo(1);
        assertThat(book.claimDue(clock.instant(), 10, Duration.ofMinutes(1))).singleElement()
                .satisfies(d -> assertThat(d.body()).contains("\"type\":\"decision.made\"", "\"invoice_id\":\"I9\"",
                        "\"customer_id\":\"C9\"", "\"action\":\"email\"", "\"propensity\":0.9",
                        "\"model_version\":\"learned-outcomes v3\"").doesNotContain("highest expected value"));
    }

    @Test
    void anotherCreditorSeesNoneOfTheEndpointsOrDeliveries() {
        WebhookEndpoint endpoint = register("hold.placed");
        publish.publish(placed(1));
        database.close();
        try (Database other = Database.open(url(), new CreditorId("bolt"))) {
            JdbcWebhooks theirs = new JdbcWebhooks(other);
            assertThat(theirs.endpoints()).isEmpty();
            assertThat(theirs.endpoint(endpoint.id())).isEmpty();
            assertThat(theirs.disable(endpoint.id(), clock.instant())).isFalse();
            assertThat(theirs.claimDue(clock.instant().plusSeconds(3600), 10, Duration.ofMinutes(1))).isEmpty();
        }
        database = Database.open(url(), CreditorId.DEFAULT);
        book = new JdbcWebhooks(database);
        assertThat(book.endpoints()).hasSize(1);
        assertThat(deliveries(endpoint)).hasSize(1);
    }

    OutboxEntry entry(String invoice, DunningAction action, DunningAction... fallbacks) {
        return OutboxEntry.queued(OutboxEntry.keyOf(invoice, "decision"), DAY, action, List.of(fallbacks),
                TestNotices.notice(invoice, "decision", DAY), TestNotices.recipient("C-" + invoice, true, true),
                clock.instant());
    }
}
