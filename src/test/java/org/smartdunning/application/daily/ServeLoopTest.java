package org.smartdunning.application.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartdunning.store.TestClock;

class ServeLoopTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T05:00:00Z"));
    private final List<String> log = new ArrayList<>();

    private ServeLoop.Work work(boolean failFirstRun) {
        return new ServeLoop.Work() {
            boolean failed;

            @Override
            public void runDay(LocalDate day) {
                if (failFirstRun && !failed) {
                    failed = true;
                    throw new IllegalStateException("database down");
                }
                log.add("run " + day + " at " + clock.instant());
            }

            @Override
            public void dispatch(LocalDate day) {
                log.add("dispatch at " + clock.instant());
            }

            @Override
            public void failed(String step, RuntimeException e) {
                log.add("failed " + step + " at " + clock.instant());
            }
        };
    }

    @Test
    void runsEachDayAtItsTimeAndDispatchesBetween() {
        new ServeLoop(clock, clock::advance, LocalTime.of(6, 0), Duration.ofHours(8))
                .serve(work(false), null, () -> clock.instant().isAfter(Instant.parse("2026-03-03T07:00:00Z")));
        assertThat(log).containsExactly(
                "dispatch at 2026-03-01T05:00:00Z",
                "run 2026-03-01 at 2026-03-01T06:00:00Z",
                "dispatch at 2026-03-01T14:00:00Z",
                "dispatch at 2026-03-01T22:00:00Z",
                "run 2026-03-02 at 2026-03-02T06:00:00Z",
                "dispatch at 2026-03-02T14:00:00Z",
                "dispatch at 2026-03-02T22:00:00Z",
                "run 2026-03-03 at 2026-03-03T06:00:00Z");
    }

    @Test
    void aFailedRunIsTriedAgainLaterTheSameDay() {
        clock.advance(Duration.ofHours(2));
        new ServeLoop(clock, clock::advance, LocalTime.of(6, 0), Duration.ofMinutes(30))
                .serve(work(true), LocalDate.of(2026, 2, 28), () -> log.stream().anyMatch(l -> l.startsWith("run")));
        assertThat(log).containsExactly(
                "failed run of 2026-03-01 at 2026-03-01T07:00:00Z",
                "run 2026-03-01 at 2026-03-01T07:30:00Z");
    }
}
