package org.smartdunning.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.DunningAction;

class OutboxEntryTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    static final Instant NOW = Instant.parse("2026-03-16T06:00:00Z");

    @Test
    void keysAreSafeInFileNamesAndMessageIdsAndKeepDistinctIdsDistinct() {
        assertThat(OutboxEntry.keyOf("INV-0001", "decision")).isEqualTo("INV-0001.decision");
        String a = OutboxEntry.keyOf("2026/1 a", "due-nudge");
        String b = OutboxEntry.keyOf("2026_1_a", "due-nudge");
        assertThat(a).matches("[A-Za-z0-9._-]+").isNotEqualTo(b);
    }

    @Test
    void fallbackSkipsChannelsTheRecipientCannotBeReachedBy() {
        OutboxEntry sms = OutboxEntry.queued("I1.notice", DAY, DunningAction.SMS,
                List.of(DunningAction.EMAIL, DunningAction.LETTER), TestNotices.notice("I1", "notice", DAY),
                TestNotices.recipient("C1", true, false), NOW);
        OutboxEntry next = sms.fallback(DAY, NOW);
        assertThat(next.action()).isEqualTo(DunningAction.LETTER);
        assertThat(next.key()).isEqualTo("I1.notice~letter");
        assertThat(next.fallbacks()).isEmpty();
        assertThat(next.fallback(DAY, NOW)).isNull();
    }

    @Test
    void backoffDoublesUpToItsCapAndStopsAfterTheLastAttempt() {
        RetryPolicy retry = new RetryPolicy(4, Duration.ofMinutes(1), Duration.ofMinutes(3));
        assertThat(retry.nextAttempt(NOW, 1)).isEqualTo(NOW.plusSeconds(60));
        assertThat(retry.nextAttempt(NOW, 2)).isEqualTo(NOW.plusSeconds(120));
        assertThat(retry.nextAttempt(NOW, 3)).isEqualTo(NOW.plusSeconds(180));
        assertThat(retry.retryAfter(3)).isTrue();
        assertThat(retry.retryAfter(4)).isFalse();
    }
}
