package org.smartdunning.application.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.application.port.WebhookBook.DeliveryRecord;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcWebhooks;
import org.smartdunning.store.TestClock;
import org.smartdunning.testing.LocalWebhookReceiver;
import org.smartdunning.testing.LocalWebhookReceiver.Answer;
import org.smartdunning.testing.LocalWebhookReceiver.Received;
import org.smartdunning.webhooks.DeliveryBackoff;
import org.smartdunning.webhooks.Verification;
import org.smartdunning.webhooks.WebhookDelivery;
import org.smartdunning.webhooks.WebhookEndpoint;
import org.smartdunning.webhooks.WebhookEvent;
import org.smartdunning.webhooks.WebhookEvents;
import org.smartdunning.webhooks.WebhookSender.SendOutcome;
import org.smartdunning.webhooks.http.HttpWebhookSender;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.HoldReason;
import org.smartdunning.workflow.HoldScope;

/**
 * Deliveries over real HTTP to a local receiver that fails on purpose, on a real store: retries
 * after the backoff with the same event id and a fresh signature, giving up after the last attempt,
 * a timeout retried, every request verified by the receiver and a replayed one rejected.
 */
class DeliverWebhooksIT {
    static final LocalDate DAY = LocalDate.of(2026, 3, 16);

    @TempDir
    Path temp;
    final TestClock clock = new TestClock(Instant.parse("2026-03-16T06:00:00Z"));
    final List<String> progress = new ArrayList<>();
    LocalWebhookReceiver receiver;
    Database database;
    JdbcWebhooks book;

    @BeforeEach
    void start() throws Exception {
        receiver = new LocalWebhookReceiver(clock);
        database = Database.open("jdbc:duckdb:" + temp.resolve("hooks.duckdb"), CreditorId.DEFAULT);
        book = new JdbcWebhooks(database);
    }

    @AfterEach
    void stop() {
        receiver.close();
        database.close();
    }

    WebhookEndpoint register(String path, Answer... script) {
        URI url = receiver.endpoint(path, script);
        Registration answer = new RegisterWebhookEndpoint(book, true, clock, new SecureRandom())
                .register(url.toString(), List.of("hold.placed"));
        WebhookEndpoint endpoint = ((Registration.Registered) answer).endpoint();
        receiver.secret(path, endpoint.secret());
        return endpoint;
    }

    WebhookEvent holdPlaced(long id) {
        return WebhookEvents.holdPlaced(new Hold(id, HoldScope.INVOICE, "I" + id, HoldReason.of("dispute"), DAY, null,
                null, ""), clock.instant());
    }

    DeliverWebhooks deliverer(DeliveryBackoff backoff, Duration requestTimeout) {
        DeliveryListener listener = new DeliveryListener() {
            @Override
            public void delivered(WebhookDelivery delivery, int attempt, SendOutcome outcome) {
                progress.add("delivered " + attempt + " " + outcome.reason());
            }

            @Override
            public void retrying(WebhookDelivery delivery, int attempt, SendOutcome outcome, Instant next) {
                progress.add("retrying " + attempt + " " + outcome.reason() + " at +"
                        + Duration.between(clock.instant(), next).toSeconds() + "s");
            }

            @Override
            public void gaveUp(WebhookDelivery delivery, int attempt, SendOutcome outcome) {
                progress.add("gave up " + attempt + " " + outcome.reason());
            }
        };
        return new DeliverWebhooks(book, new HttpWebhookSender(Duration.ofSeconds(2), requestTimeout), backoff,
                Duration.ofMinutes(2), clock, listener);
    }

    DeliveryRecord record(WebhookEndpoint endpoint) {
        List<DeliveryRecord> records = book.deliveries(endpoint.id(), 10);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    @Test
    void aReceiverFailingTwiceGetsTheEventOnTheThirdAttemptAndRejectsAReplay() throws Exception {
        WebhookEndpoint endpoint = register("/flaky", Answer.status(500), Answer.status(500), Answer.status(200));
        WebhookEvent event = holdPlaced(1);
        assertThat(new PublishWebhookEvent(book, clock).publish(event)).isEqualTo(1);
        DeliverWebhooks deliver = deliverer(DeliveryBackoff.DEFAULT, Duration.ofSeconds(5));

        assertThat(deliver.deliverDue()).isEqualTo(new DeliveryPass(0, 1, 0));
        assertThat(deliver.deliverDue()).as("not due before its backoff").isEqualTo(new DeliveryPass(0, 0, 0));
        clock.advance(Duration.ofSeconds(10));
        assertThat(deliver.deliverDue()).isEqualTo(new DeliveryPass(0, 1, 0));
        clock.advance(Duration.ofSeconds(59));
        assertThat(deliver.deliverDue().attempts()).as("one second early").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(deliver.deliverDue()).isEqualTo(new DeliveryPass(1, 0, 0));
        assertThat(deliver.deliverDue().attempts()).as("delivered once, never again").isZero();

        assertThat(progress).containsExactly("retrying 1 HTTP 500 at +10s", "retrying 2 HTTP 500 at +60s",
                "delivered 3 HTTP 200");
        List<Received> requests = receiver.received("/flaky");
        assertThat(requests).hasSize(3).allSatisfy(r -> {
            assertThat(r.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(r.header("Dunning-Event-Id")).isEqualTo(event.id());
            assertThat(r.header("Dunning-Event-Type")).isEqualTo("hold.placed");
            assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
            assertThat(r.body()).isEqualTo(event.toJson());
        });
        assertThat(requests).extracting(r -> r.header("Dunning-Signature")).as("signed afresh each time")
                .doesNotHaveDuplicates();
        assertThat(record(endpoint)).satisfies(d -> {
            assertThat(d.status()).isEqualTo("delivered");
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.lastStatusCode()).isEqualTo(200);
            assertThat(d.lastReason()).isEqualTo("HTTP 200").doesNotContain("receiver says");
        });

        // an attacker who captured the delivered request sends it again, byte for byte
        Received captured = requests.get(2);
        HttpResponse<String> replay = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.url())
                .header("Dunning-Signature", captured.header("Dunning-Signature"))
                .header("Dunning-Event-Id", captured.header("Dunning-Event-Id"))
                .POST(HttpRequest.BodyPublishers.ofString(captured.body())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(receiver.received("/flaky").get(3).verification().outcome()).isEqualTo(Verification.Outcome.REPLAYED);
    }

    @Test
    void aReceiverThatAlwaysFailsIsGivenUpAfterTheLastAttempt() {
        WebhookEndpoint endpoint = register("/down", Answer.status(503));
        new PublishWebhookEvent(book, clock).publish(holdPlaced(2));
        DeliveryBackoff backoff = new DeliveryBackoff(List.of(Duration.ofSeconds(10), Duration.ofMinutes(1)), 3);
        DeliverWebhooks deliver = deliverer(backoff, Duration.ofSeconds(5));

        List<DeliveryPass> passes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            passes.add(deliver.deliverDue());
            clock.advance(Duration.ofHours(1));
        }
        assertThat(passes).containsExactly(new DeliveryPass(0, 1, 0), new DeliveryPass(0, 1, 0),
                new DeliveryPass(0, 0, 1), new DeliveryPass(0, 0, 0), new DeliveryPass(0, 0, 0));
        assertThat(progress).containsExactly("retrying 1 HTTP 503 at +10s", "retrying 2 HTTP 503 at +60s",
                "gave up 3 HTTP 503");
        assertThat(receiver.received("/down")).hasSize(3).allSatisfy(r -> assertThat(r.verification().verified()).isTrue());
        assertThat(record(endpoint)).satisfies(d -> {
            assertThat(d.status()).isEqualTo("failed");
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.lastStatusCode()).isEqualTo(503);
        });
    }

    @Test
    void aReceiverTooSlowToAnswerIsTriedAgainUnderTheSameEventId() {
        WebhookEndpoint endpoint = register("/slow", new Answer(200, 1_500), Answer.status(204));
        WebhookEvent event = holdPlaced(3);
        new PublishWebhookEvent(book, clock).publish(event);
        DeliverWebhooks deliver = deliverer(DeliveryBackoff.DEFAULT, Duration.ofMillis(300));

        long started = System.nanoTime();
        assertThat(deliver.deliverDue()).isEqualTo(new DeliveryPass(0, 1, 0));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the timeout, not the receiver, ends the wait")
                .isLessThan(Duration.ofMillis(1_400));
        assertThat(record(endpoint)).satisfies(d -> {
            assertThat(d.status()).isEqualTo("pending");
            assertThat(d.lastStatusCode()).isZero();
            assertThat(d.lastReason()).isEqualTo("timed out");
        });
        clock.advance(Duration.ofSeconds(10));
        assertThat(deliver.deliverDue()).isEqualTo(new DeliveryPass(1, 0, 0));

        assertThat(progress).containsExactly("retrying 1 timed out at +10s", "delivered 2 HTTP 204");
        assertThat(receiver.received("/slow")).hasSize(2).allSatisfy(r -> {
            assertThat(r.verification().verified()).as("a retry is no replay").isTrue();
            assertThat(r.header("Dunning-Event-Id")).isEqualTo(event.id());
        });
    }

    @Test
    void aReceiverThatIsNotThereIsTriedAgainAndAnotherEndpointIsNotHeldUp() {
        WebhookEndpoint good = register("/ok", Answer.status(200));
        Registration gone = new RegisterWebhookEndpoint(book, true, clock, new SecureRandom())
                .register("http://127.0.0.1:1/nobody", List.of("hold.placed"));
        new PublishWebhookEvent(book, clock).publish(List.of(holdPlaced(4), holdPlaced(5)));

        assertThat(deliverer(DeliveryBackoff.DEFAULT, Duration.ofSeconds(2)).deliverDue())
                .isEqualTo(new DeliveryPass(2, 2, 0));
        assertThat(receiver.received("/ok")).hasSize(2);
        List<DeliveryRecord> failed = book.deliveries(((Registration.Registered) gone).endpoint().id(), 10);
        assertThat(failed).hasSize(2).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo("pending");
            assertThat(d.lastReason()).startsWith("no answer: ");
        });
        assertThat(book.deliveries(good.id(), 10)).extracting(DeliveryRecord::status).containsOnly("delivered");
    }
}
