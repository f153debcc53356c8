package org.smartdunning.application.simulate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The simulation's clock: set to a time on each simulated day, then ticking one millisecond per reading. */
public final class SteppedClock extends Clock {
    /** When each simulated day's run starts. */
    public static final LocalTime MORNING = LocalTime.of(6, 0);
    private Instant now;

    public SteppedClock(LocalDate day) {
        moveTo(day);
    }

    /** Morning of {@code day}, when the daily run starts. */
    public void moveTo(LocalDate day) {
        now = day.atTime(MORNING).toInstant(ZoneOffset.UTC);
    }

    /** Jumps ahead, e.g. to the evening of the same day for the retry pass. */
    void advanceMinutes(long minutes) {
        now = now.plusSeconds(60 * minutes);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        // strictly increasing, so outbox timestamps keep their order
        now = now.plusMillis(1);
        return now;
    }
}
