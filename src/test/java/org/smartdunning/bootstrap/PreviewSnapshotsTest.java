package org.smartdunning.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.smartdunning.application.decide.PreviewSnapshot;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.policy.DecidingModel;
import org.smartdunning.policy.Exploration;
import org.smartdunning.policy.LearningPolicy;
import org.smartdunning.policy.ReferencePolicy;
import org.smartdunning.store.TestClock;
import org.smartdunning.testing.HistoryBuilder;

class PreviewSnapshotsTest {
    private static final CreditorId A = new CreditorId("a");
    private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");
    private static final CreditorHistory HISTORY = new HistoryBuilder()
            .customer("C1", LocalDate.of(2024, 1, 1), true, true, 100).invoice("I1", "C1", LocalDate.of(2026, 5, 10), 300)
            .build();

    private final TestClock clock = new TestClock(START);
    private final List<CreditorId> reloads = new ArrayList<>();
    private final PreviewSnapshots snapshots = new PreviewSnapshots(clock, reloads::add);
    private final AtomicInteger loads = new AtomicInteger();

    private PreviewSnapshot snapshot() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LearningPolicy policy = new LearningPolicy(DecidingModel.of(TrainOutcomeModels.fallback(HISTORY, day,
                BusinessSettings.DEFAULTS), ColdStartExploration.OFF), BusinessSettings.DEFAULTS, Exploration.NONE,
                ReferencePolicy.UNCONSTRAINED, ColdStartExploration.OFF);
        return PreviewSnapshot.of(HISTORY, policy, day, clock.instant());
    }

    private final Supplier<PreviewSnapshot> load = () -> {
        loads.incrementAndGet();
        return snapshot();
    };

    @Test
    void anAgedSnapshotAnswersAtOnceWhileANewerIsLoadedApart() {
        PreviewSnapshot first = snapshots.of(A, null, load);
        clock.advance(PreviewSnapshots.MAX_AGE.minusSeconds(1));
        assertThat(snapshots.of(A, new InvoiceId("I1"), load)).isSameAs(first);
        assertThat(reloads).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        assertThat(snapshots.of(A, new InvoiceId("I1"), load)).isSameAs(first);
        assertThat(reloads).containsExactly(A);
        assertThat(loads).hasValue(1); // the ask did not wait for a load

        PreviewSnapshot newer = snapshot();
        snapshots.replace(A, newer);
        assertThat(snapshots.of(A, null, load)).isSameAs(newer);
        snapshots.replace(A, first); // a slower, older load must not put back what it read earlier
        assertThat(snapshots.of(A, null, load)).isSameAs(newer);
        assertThat(reloads).containsExactly(A);
    }

    @Test
    void aNewDayABulkChangeOrAnUnknownInvoiceLoadBeforeAnswering() {
        snapshots.of(A, null, load);
        clock.advance(PreviewSnapshots.MIN_RELOAD.plusSeconds(1));
        snapshots.of(A, new InvoiceId("I-new"), load);
        assertThat(loads).hasValue(2);

        snapshots.invalidate(A);
        snapshots.of(A, null, load);
        assertThat(loads).hasValue(3);
        snapshots.replace(new CreditorId("b"), snapshot()); // nothing kept for b: a late load does not start one
        snapshots.of(new CreditorId("b"), null, load);
        assertThat(loads).hasValue(4);

        clock.advance(Duration.ofDays(1));
        snapshots.of(A, null, load);
        assertThat(loads).hasValue(5);
        assertThat(reloads).isEmpty();
    }
}
