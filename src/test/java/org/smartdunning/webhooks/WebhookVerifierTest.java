package org.smartdunning.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.store.TestClock;
import org.smartdunning.webhooks.Verification.Outcome;

/** A receiver's checks: the signature, the timestamp's age, replays, and a bounded memory. */
class WebhookVerifierTest {
    static final String SECRET = "whsec_receiver_test";
    static final String BODY = "{\"id\":\"evt_7\",\"type\":\"decision.made\",\"data\":{\"invoice_id\":\"I1\"}}";
    final Instant sent = Instant.parse("2026-03-16T06:00:00Z");
    final TestClock clock = new TestClock(sent.plusSeconds(2));
    final WebhookVerifier verifier = new WebhookVerifier(SECRET, clock);

    String signature(Instant at) {
        return WebhookSignature.sign(SECRET, BODY, at.getEpochSecond());
    }

    @Test
    void acceptsAGenuineDelivery() {
        assertThat(verifier.verify(signature(sent), "evt_7", BODY)).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void acceptsHeadersByNameInAnyCase() {
        Map<String, String> headers = Map.of("dunning-signature", signature(sent), "DUNNING-EVENT-ID", "evt_7");
        assertThat(verifier.verify(headers, BODY).verified()).isTrue();
    }

    @Test
    void rejectsAnotherSecretAChangedBodyOrAForgedTimestamp() {
        String foreign = WebhookSignature.sign("whsec_someone_else", BODY, sent.getEpochSecond());
        assertThat(verifier.verify(foreign, "evt_7", BODY).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
        assertThat(verifier.verify(signature(sent), "evt_7", BODY.replace("I1", "I2")).outcome())
                .isEqualTo(Outcome.BAD_SIGNATURE);
        String moved = signature(sent).replace("t=" + sent.getEpochSecond(), "t=" + (sent.getEpochSecond() + 1));
        assertThat(verifier.verify(moved, "evt_7", BODY).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void rejectsATimestampOutsideTheTolerance() {
        assertThat(verifier.verify(signature(sent.minus(Duration.ofMinutes(6))), "evt_7", BODY).outcome())
                .isEqualTo(Outcome.STALE);
        assertThat(verifier.verify(signature(sent.plus(Duration.ofMinutes(6))), "evt_7", BODY).outcome())
                .isEqualTo(Outcome.STALE);
        assertThat(verifier.verify(signature(sent.minus(Duration.ofMinutes(4))), "evt_7", BODY).verified()).isTrue();
    }

    @Test
    void rejectsAReplayButAcceptsARetrySignedAfresh() {
        String first = signature(sent);
        assertThat(verifier.verify(first, "evt_7", BODY).verified()).isTrue();
        Verification replay = verifier.verify(first, "evt_7", BODY);
        assertThat(replay.outcome()).isEqualTo(Outcome.REPLAYED);
        assertThat(replay.reason()).contains("evt_7");
        clock.advance(Duration.ofSeconds(10));
        assertThat(verifier.verify(signature(sent.plusSeconds(10)), "evt_7", BODY).verified()).as("a retry").isTrue();
    }

    @Test
    void aRejectedRequestIsNotRememberedSoItCannotBlockTheGenuineOne() {
        verifier.verify(WebhookSignature.sign("whsec_forger", BODY, sent.getEpochSecond()), "evt_7", BODY);
        assertThat(verifier.verify(signature(sent), "evt_7", BODY).verified()).isTrue();
    }

    @Test
    void rejectsMalformedHeaders() {
        assertThat(verifier.verify(null, "evt_7", BODY).outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(verifier.verify(signature(sent), null, BODY).outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(verifier.verify("v1=abcd", "evt_7", BODY).outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(verifier.verify("t=x,v1=abcd", "evt_7", BODY).outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(verifier.verify("t=1,v1=zz", "evt_7", BODY).outcome()).isEqualTo(Outcome.MALFORMED);
    }

    @Test
    void acceptsAnyOfTwoSignaturesDuringASecretRotation() {
        String old = WebhookSignature.sign("whsec_old", BODY, sent.getEpochSecond());
        String both = old + "," + signature(sent).substring(signature(sent).indexOf("v1="));
        assertThat(verifier.verify(both, "evt_7", BODY).verified()).isTrue();
    }

    @Test
    void remembersAtMostItsBoundAndForgetsWhatIsTooOldToPassAnyway() {
        WebhookVerifier small = new WebhookVerifier(SECRET, clock, Duration.ofMinutes(5), 2);
        String first = signature(sent);
        assertThat(small.verify(first, "evt_1", BODY).verified()).isTrue();
        assertThat(small.verify(signature(sent), "evt_2", BODY).verified()).isTrue();
        assertThat(small.verify(signature(sent), "evt_3", BODY).verified()).isTrue();
        assertThat(small.verify(first, "evt_1", BODY).verified()).as("pushed out by the bound").isTrue();

        clock.advance(Duration.ofMinutes(10));
        assertThat(small.verify(first, "evt_1", BODY).outcome()).as("too old to replay").isEqualTo(Outcome.STALE);
    }
}
