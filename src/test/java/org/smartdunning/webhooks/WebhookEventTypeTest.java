package org.smartdunning.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Event types by their wire names. */
class WebhookEventTypeTest {
    @Test
    void everyTypeRoundTripsByItsWireName() {
        assertThat(Arrays.stream(WebhookEventType.values()).map(WebhookEventType::wireName)).containsExactly(
                "decision.made", "message.sent", "delivery.failed", "collection.handed_off", "invoice.settled",
                "hold.placed", "hold.lifted");
        for (WebhookEventType type : WebhookEventType.values()) {
            assertThat(WebhookEventType.ofWire(type.wireName())).isSameAs(type);
        }
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownOnes() {
        for (String wrong : new String[] {"DECISION_MADE", "Decision.Made", "decision_made", "hold.placed ", ""}) {
            assertThatThrownBy(() -> WebhookEventType.ofWire(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + wrong + "' is not a webhook event type; known types are decision.made, message.sent,"
                            + " delivery.failed, collection.handed_off, invoice.settled, hold.placed, hold.lifted");
        }
        assertThatThrownBy(() -> WebhookEventType.ofWire(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
