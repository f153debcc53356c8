package org.smartdunning.channels.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.Recipient;
import org.smartdunning.channels.SampleMessages;
import org.smartdunning.config.Secret;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;

/** The SMS channel against a real HTTP server (the JDK's) standing in for the provider. */
class HttpSmsChannelIT {
    private SmsProviderStub provider;
    private HttpSmsChannel channel;

    @BeforeEach
    void start() throws IOException {
        provider = new SmsProviderStub();
        channel = new HttpSmsChannel(new SmsSettings(provider.endpoint(), Secret.of("s3cret"), "Nordtele", Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    private static OutboundMessage sms(String key) {
        OutboundMessage sample = SampleMessages.message(key, DunningAction.SMS, "sv");
        return new OutboundMessage(key, DunningAction.SMS, sample.recipient(), sample.notice(), "",
                "Nordtele AB: Faktura INV-2025-004711 förföll 2025-03-03. Betala 1 306,84 kr senast 2025-03-31.");
    }

    @Test
    void postsTheMessageAsJsonWithTokenAndIdempotencyKey() throws IOException {
        DeliveryResult result = channel.deliver(sms("INV-2025-004711/sms/1"));

        assertThat(result.delivered()).as(result.detail()).isTrue();
        assertThat(result.reference()).isEqualTo("msg-1");
        assertThat(provider.received()).hasSize(1);
        SmsProviderStub.Received request = provider.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/messages");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.authorization()).isEqualTo("Bearer s3cret");
        assertThat(request.idempotencyKey()).isEqualTo("INV-2025-004711/sms/1");
        JsonNode json = new ObjectMapper().readTree(request.body());
        assertThat(json.size()).isEqualTo(4);
        assertThat(json.get("to").asText()).isEqualTo("+46701234567");
        assertThat(json.get("from").asText()).isEqualTo("Nordtele");
        assertThat(json.get("text").asText()).isEqualTo(sms("x").body());
        assertThat(json.get("reference").asText()).isEqualTo("INV-2025-004711/sms/1");
    }

    @Test
    void aRepeatedDeliverySendsTheSameIdempotencyKey() {
        channel.deliver(sms("k-1"));
        channel.deliver(sms("k-1"));
        assertThat(provider.received()).extracting(SmsProviderStub.Received::idempotencyKey)
                .containsExactly("k-1", "k-1");
    }

    @Test
    void anAcceptedMessageWithoutAnIdHasAnEmptyReference() {
        provider.answer(202, "");
        DeliveryResult result = channel.deliver(sms("k-1"));
        assertThat(result.delivered()).isTrue();
        assertThat(result.reference()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {503, 500, 429, 408})
    void overloadAndServerErrorsAreTransient(int status) {
        provider.answer(status, "{\"error\":\"try later\"}");
        DeliveryResult result = channel.deliver(sms("k-1"));
        assertThat(result.status()).isEqualTo(DeliveryResult.Status.TRANSIENT_FAILURE);
        assertThat(result.detail()).contains(Integer.toString(status), "try later");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 422})
    void otherClientErrorsArePermanentWithStatusAndBody(int status) {
        provider.answer(status, "{\"error\":\"invalid destination number\",\"code\":21211}");
        DeliveryResult result = channel.deliver(sms("k-1"));
        assertThat(result.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
        assertThat(result.detail()).contains(Integer.toString(status), "invalid destination number");
    }

    @Test
    void aLongErrorBodyIsCutInTheDetail() {
        provider.answer(400, "x".repeat(5_000));
        DeliveryResult result = channel.deliver(sms("k-1"));
        assertThat(result.detail().length()).isLessThan(300);
    }

    @Test
    void aMissingPhoneNumberIsPermanentAndNothingIsSent() {
        OutboundMessage sample = sms("k-1");
        OutboundMessage noPhone = new OutboundMessage("k-1", DunningAction.SMS,
                new Recipient(new CustomerId("C-9"), "a@example.se", " ", "", "SE", "sv"), sample.notice(), "", "Hej");
        DeliveryResult result = channel.deliver(noPhone);
        assertThat(result.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
        assertThat(result.detail()).contains("C-9", "no phone number");
        assertThat(provider.received()).isEmpty();
    }

    @Test
    void aClosedPortIsTransient() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        HttpSmsChannel down = new HttpSmsChannel(new SmsSettings(URI.create("http://127.0.0.1:" + closed + "/v1"),
                Secret.of("t"), "S", Duration.ofSeconds(2)));
        DeliveryResult result = down.deliver(sms("k-1"));
        assertThat(result.status()).isEqualTo(DeliveryResult.Status.TRANSIENT_FAILURE);
        assertThat(result.detail()).contains("unreachable");
    }

    @Test
    void aSlowProviderTimesOutAsTransient() {
        provider.delay(1_500);
        HttpSmsChannel impatient = new HttpSmsChannel(new SmsSettings(provider.endpoint(), Secret.of("t"), "S",
                Duration.ofMillis(300)));
        long start = System.nanoTime();
        DeliveryResult result = impatient.deliver(sms("k-1"));
        assertThat(result.status()).isEqualTo(DeliveryResult.Status.TRANSIENT_FAILURE);
        assertThat(result.detail()).contains("Timeout");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_400);
    }

    @Test
    void withoutATokenNoAuthorizationHeaderIsSent() {
        new HttpSmsChannel(new SmsSettings(provider.endpoint(), Secret.NONE, "S", null)).deliver(sms("k-1"));
        assertThat(provider.received().get(0).authorization()).isNull();
    }
}
