package org.smartdunning.application.daily;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

/**
 * The schedule of {@code serve}: the day's run once a day at {@code at} (UTC), or at start-up
 * when today's time has passed and today has not run; between runs, a dispatch pass every
 * {@code dispatchEvery} so retries go out when their backoff ends.
 */
public final class ServeLoop {
    /** The work the loop schedules. */
    public interface Work {
        void runDay(LocalDate day);

        void dispatch(LocalDate day);

        /** A step failed; the loop goes on and tries again after {@code dispatchEvery}. */
        void failed(String step, RuntimeException e);
    }

    /** How the loop waits; the real one sleeps. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Clock clock;
    private final Sleeper sleeper;
    private final LocalTime at;
    private final Duration dispatchEvery;

    public ServeLoop(Clock clock, Sleeper sleeper, LocalTime at, Duration dispatchEvery) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.at = at;
        this.dispatchEvery = dispatchEvery;
    }

    /** Runs until {@code stop} says so or the thread is interrupted; {@code lastRun} is the last day already run, or null. */
    public void serve(Work work, LocalDate lastRun, BooleanSupplier stop) {
        LocalDate done = lastRun;
        Instant nextDispatch = clock.instant();
        Instant notBefore = Instant.MIN;
        while (!stop.getAsBoolean()) {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            Instant runAt = today.atTime(at).toInstant(ZoneOffset.UTC);
            if ((done == null || done.isBefore(today)) && !now.isBefore(runAt) && !now.isBefore(notBefore)) {
                try {
                    work.runDay(today);
                    done = today;
                } catch (RuntimeException e) {
                    work.failed("run of " + today, e);
                    notBefore = clock.instant().plus(dispatchEvery);
                }
                nextDispatch = clock.instant().plus(dispatchEvery);
                continue;
            }
            if (!now.isBefore(nextDispatch)) {
                try {
                    work.dispatch(today);
                } catch (RuntimeException e) {
                    work.failed("dispatch", e);
                }
                nextDispatch = clock.instant().plus(dispatchEvery);
                continue;
            }
            Instant nextRun = done != null && !done.isBefore(today) ? runAt.plus(Duration.ofDays(1))
                    : (runAt.isBefore(notBefore) ? notBefore : runAt);
            Instant wake = nextRun.isBefore(nextDispatch) ? nextRun : nextDispatch;
            try {
                sleeper.sleep(Duration.between(now, wake));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
