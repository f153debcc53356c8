package org.smartdunning.workflow;

import java.util.Objects;

/**
 * Something wrong with a workflow, tied to the stage and key it concerns so a file reader can point at the line.
 *
 * @param stageIndex position of the stage in {@link Workflow#stages()}, or -1 for the workflow itself
 * @param stageId    the stage's id, empty for the workflow itself
 * @param line       the stage's line in its file (0 when unknown)
 * @param field      the key concerned, dotted for nested keys, e.g. {@code fees.letter} or {@code when.amount}
 * @param rule       a law rule key for law violations, else a short name of the structural rule
 * @param message    what is wrong
 */
public record WorkflowProblem(int stageIndex, String stageId, int line, String field, String rule, String message) {
    public WorkflowProblem {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** A problem of the workflow as a whole. */
    static WorkflowProblem ofWorkflow(String field, String rule, String message) {
        return new WorkflowProblem(-1, "", 0, field, rule, message);
    }

    /** A problem of one stage. */
    static WorkflowProblem ofStage(int index, Stage stage, String field, String rule, String message) {
        return new WorkflowProblem(index, stage.id(), stage.line(), field, rule, "stage '" + stage.id() + "': " + message);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + message;
    }
}
