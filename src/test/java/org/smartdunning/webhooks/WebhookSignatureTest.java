package org.smartdunning.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The signature against values computed elsewhere: RFC 4231 and OpenSSL. */
class WebhookSignatureTest {
    @Test
    void hmacMatchesRfc4231TestCase2() {
        assertThat(HexFormat.of().formatHex(WebhookSignature.hmac("Jefe", "what do ya want for nothing?")))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    /** {@code printf '%s' '1767225600.{"id":"evt_1","type":"hold.placed"}' | openssl dgst -sha256 -hmac 'whsec_test_secret'} */
    @Test
    void signatureHeaderMatchesOpenSsl() {
        assertThat(WebhookSignature.sign("whsec_test_secret", "{\"id\":\"evt_1\",\"type\":\"hold.placed\"}", 1767225600L))
                .isEqualTo("t=1767225600,v1=7d841e89dd8e22dd79098082e274db7a99db727ca3802170473777c5610ec67d");
    }

    @Test
    void headersCarryTheSignatureEventIdAndType() {
        var headers = WebhookSignature.headers("whsec_test_secret", "evt_1", WebhookEventType.HOLD_PLACED,
                "{\"id\":\"evt_1\",\"type\":\"hold.placed\"}", Instant.ofEpochSecond(1767225600L, 999_000_000));
        assertThat(headers).containsExactly(
                java.util.Map.entry("Dunning-Signature",
                        "t=1767225600,v1=7d841e89dd8e22dd79098082e274db7a99db727ca3802170473777c5610ec67d"),
                java.util.Map.entry("Dunning-Event-Id", "evt_1"),
                java.util.Map.entry("Dunning-Event-Type", "hold.placed"));
    }

    @Test
    void anotherSecretOrBodyGivesAnotherSignature() {
        String signed = WebhookSignature.sign("whsec_a", "{}", 1L);
        assertThat(WebhookSignature.sign("whsec_b", "{}", 1L)).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign("whsec_a", "{ }", 1L)).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign("whsec_a", "{}", 2L)).isNotEqualTo(signed);
    }
}
