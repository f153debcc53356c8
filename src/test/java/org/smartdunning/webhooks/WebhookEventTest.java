package org.smartdunning.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.HoldReason;
import org.smartdunning.workflow.HoldScope;

/** The event body, its id, what its data may carry, and an endpoint's secret. */
class WebhookEventTest {
    static final Instant AT = Instant.parse("2026-03-16T06:00:00.123456Z");

    @Test
    void bodyHasIdTypeCreatedAtAndDataInOrder() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("invoice_id", "I-1 \"quoted\"\n");
        data.put("amount", new BigDecimal("129.50"));
        data.put("propensity", 0.25);
        data.put("attempts", 3);
        data.put("fallback", null);
        WebhookEvent event = new WebhookEvent("evt_1", WebhookEventType.DELIVERY_FAILED, AT, data);
        assertThat(event.toJson()).isEqualTo("{\"id\":\"evt_1\",\"type\":\"delivery.failed\","
                + "\"created_at\":\"2026-03-16T06:00:00.123Z\",\"data\":{\"invoice_id\":\"I-1 \\\"quoted\\\"\\n\","
                + "\"amount\":129.50,\"propensity\":0.25,\"attempts\":3,\"fallback\":null}}");
    }

    @Test
    void dataMayNotCarryContactDetailsOrNames() {
        for (String key : new String[] {"email", "phone", "name", "address", "postal_code", "note"}) {
            assertThatThrownBy(() -> new WebhookEvent("evt_1", WebhookEventType.HOLD_PLACED, AT, Map.of(key, "x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + key + "'");
        }
        assertThatThrownBy(() -> new WebhookEvent("evt_1", WebhookEventType.HOLD_PLACED, AT,
                Map.of("invoice_id", new Object()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameFactGivesTheSameIdAnotherFactAnother() {
        Hold hold = new Hold(7, HoldScope.INVOICE, "I-9", HoldReason.of("dispute"), LocalDate.of(2026, 3, 1), null, null,
                "Anna Svensson called, anna@example.com");
        WebhookEvent placed = WebhookEvents.holdPlaced(hold, AT);
        assertThat(placed.id()).matches("evt_[0-9a-f]{32}")
                .isEqualTo(WebhookEvents.holdPlaced(hold, AT.plusSeconds(60)).id());
        assertThat(WebhookEvents.holdLifted(hold, LocalDate.of(2026, 3, 9), AT).id()).isNotEqualTo(placed.id());
        assertThat(placed.toJson()).contains("\"hold_id\":7", "\"target_id\":\"I-9\"", "\"reason\":\"dispute\"",
                "\"from\":\"2026-03-01\"", "\"until\":null").doesNotContain("Anna", "example.com");
    }

    @Test
    void invoiceSettledCarriesThePaymentAndAmount() {
        WebhookEvent settled = WebhookEvents.invoiceSettled(new InvoiceId("I-1"), new CustomerId("C-1"), "P-1",
                Money.parse("99.00"), "SEK", LocalDate.of(2026, 3, 15), AT);
        assertThat(settled.toJson()).endsWith("\"data\":{\"invoice_id\":\"I-1\",\"customer_id\":\"C-1\","
                + "\"payment_id\":\"P-1\",\"amount\":99.00,\"currency\":\"SEK\",\"settled_on\":\"2026-03-15\"}}");
    }

    @Test
    void endpointSecretIsRandomPrefixedAndNeverPrinted() {
        SecureRandom random = seeded(1);
        WebhookEndpoint endpoint = WebhookEndpoint.create(URI.create("https://hooks.example.com/dunning"),
                Set.of(WebhookEventType.HOLD_PLACED), AT, random);
        assertThat(endpoint.secret()).startsWith("whsec_").hasSize(6 + 43).matches("whsec_[A-Za-z0-9_-]{43}");
        assertThat(endpoint.id().value()).matches("we_[0-9a-f]{20}");
        assertThat(endpoint.toString()).doesNotContain(endpoint.secret().substring(6)).contains("secret ***");
        assertThat(endpoint.summary().toString()).doesNotContain(endpoint.secret().substring(6));
        assertThat(WebhookEndpoint.create(endpoint.url(), endpoint.events(), AT, random).secret())
                .isNotEqualTo(endpoint.secret());
        assertThat(WebhookEndpoint.create(endpoint.url(), endpoint.events(), AT, seeded(1)).secret())
                .as("a seeded source repeats, so tests can").isEqualTo(endpoint.secret());
    }

    static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
