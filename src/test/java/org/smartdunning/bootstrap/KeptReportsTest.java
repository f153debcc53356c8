package org.smartdunning.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartdunning.application.port.ReportCache;
import org.smartdunning.history.CreditorId;

/** A kept report answers while the facts' version stands, is worked out again when it moves, per creditor. */
class KeptReportsTest {
    final KeptReports kept = new KeptReports(creditor -> Optional.empty(),
            Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC), 1);
    final AtomicInteger worked = new AtomicInteger();

    @AfterEach
    void close() {
        kept.close();
    }

    String report(ReportCache cache, String key, String version) {
        return cache.get(key, version, () -> key + "@" + version + "#" + worked.incrementAndGet());
    }

    @Test
    void keptUntilTheVersionChangesAndNeverSharedBetweenCreditors() {
        ReportCache a = kept.of(new CreditorId("a"));
        ReportCache b = kept.of(new CreditorId("b"));
        assertThat(report(a, "kpis 2026", "v1")).isEqualTo("kpis 2026@v1#1");
        assertThat(report(a, "kpis 2026", "v1")).as("asked again, nothing written").isEqualTo("kpis 2026@v1#1");
        assertThat(report(a, "kpis 2025", "v1")).as("another question").isEqualTo("kpis 2025@v1#2");
        assertThat(report(b, "kpis 2026", "v1")).as("another creditor's facts").isEqualTo("kpis 2026@v1#3");
        assertThat(report(a, "kpis 2026", "v2")).as("the facts changed").isEqualTo("kpis 2026@v2#4");
        assertThat(report(a, "kpis 2026", "v2")).isEqualTo("kpis 2026@v2#4");
        assertThat(worked).hasValue(4);
    }
}
