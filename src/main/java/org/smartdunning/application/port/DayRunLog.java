package org.smartdunning.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the daily runs the service started and what each did. */
public interface DayRunLog {
    /** One run: {@code status} running, done or failed; counts are null until it is done. */
    record DayRun(long runId, LocalDate day, int workflowVersion, String trigger, String status, Instant startedAt,
                  Instant finishedAt, Integer stages, Integer messages, Integer sent, Integer failed, String error) {
    }

    DayRun start(LocalDate day, int workflowVersion, String trigger, Instant at);

    DayRun finish(long runId, int stages, int messages, int sent, int failed, Instant at);

    DayRun fail(long runId, String error, Instant at);

    List<DayRun> all();

    Optional<DayRun> find(long runId);
}
