package org.smartdunning.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retry schedule: fixed delays, the last one repeating, and a bound on attempts. */
class DeliveryBackoffTest {
    @Test
    void defaultScheduleWaitsLongerAfterEachFailureAndStopsAfterEightAttempts() {
        DeliveryBackoff backoff = DeliveryBackoff.DEFAULT;
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(backoff::delayAfter).toList()).containsExactly(
                Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12));
        assertThat(backoff.retryAfter(7)).isTrue();
        assertThat(backoff.retryAfter(8)).isFalse();
        Duration total = List.of(1, 2, 3, 4, 5, 6, 7).stream().map(backoff::delayAfter).reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isEqualTo(Duration.ofHours(20).plusMinutes(36).plusSeconds(10));
    }

    @Test
    void theLastDelayRepeatsWhenMoreAttemptsAreAllowed() {
        DeliveryBackoff backoff = DeliveryBackoff.withMaxAttempts(12);
        assertThat(backoff.delayAfter(11)).isEqualTo(Duration.ofHours(12));
        assertThat(backoff.retryAfter(11)).isTrue();
        assertThat(backoff.retryAfter(12)).isFalse();
    }

    @Test
    void sameAttemptSameDelay() {
        assertThat(DeliveryBackoff.DEFAULT.delayAfter(3)).isEqualTo(DeliveryBackoff.DEFAULT.delayAfter(3));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new DeliveryBackoff(List.of(), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryBackoff(List.of(Duration.ZERO), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryBackoff.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryBackoff.DEFAULT.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
