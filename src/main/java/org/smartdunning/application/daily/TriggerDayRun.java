package org.smartdunning.application.daily;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.smartdunning.application.port.DayRunLog;
import org.smartdunning.application.port.WorkflowBook;

/**
 * Runs one day of a creditor's dunning process on its uploaded workflow and logs the run: started,
 * then done with what it did, or failed with why. Without a workflow there is nothing to run.
 */
public final class TriggerDayRun {
    /** The daily process on a workflow's text, ready to run; closed after the day. */
    public interface Process extends AutoCloseable {
        DayResult runDay(LocalDate day);

        /** Sends what is due in the outbox (retries between runs). */
        void dispatch(LocalDate day);

        @Override
        void close();
    }

    /** The creditor has no workflow yet. */
    public static final class NoWorkflowException extends RuntimeException {
        public NoWorkflowException() {
            super("the creditor has no workflow yet: upload one first");
        }
    }

    private final WorkflowBook workflows;
    private final DayRunLog runs;
    private final Function<String, Process> processes;
    private final Clock clock;

    /** @param processes the daily process on a workflow's text (validated: throws with file:line:column) */
    public TriggerDayRun(WorkflowBook workflows, DayRunLog runs, Function<String, Process> processes, Clock clock) {
        this.workflows = workflows;
        this.runs = runs;
        this.processes = processes;
        this.clock = clock;
    }

    /** Runs {@code day}; the run's log entry says how it ended (a failure is logged, then thrown). */
    public DayRunLog.DayRun run(LocalDate day, String trigger) {
        WorkflowBook.StoredWorkflow workflow = workflows.current().orElseThrow(NoWorkflowException::new);
        DayRunLog.DayRun run = runs.start(day, workflow.version(), trigger, clock.instant());
        try (Process process = processes.apply(workflow.text())) {
            DayResult result = process.runDay(day);
            return runs.finish(run.runId(), result.plan().stageRuns().size(), result.plan().messages().size(),
                    result.dispatch().sentTotal(), result.dispatch().failed(), clock.instant());
        } catch (RuntimeException e) {
            runs.fail(run.runId(), e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), clock.instant());
            throw e;
        }
    }

    /** Sends what is due in the creditor's outbox; nothing without a workflow. */
    public void dispatch(LocalDate day) {
        Optional<WorkflowBook.StoredWorkflow> workflow = workflows.current();
        if (workflow.isPresent()) {
            try (Process process = processes.apply(workflow.get().text())) {
                process.dispatch(day);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 900 ? line.substring(0, 900) : line;
    }
}
