package org.smartdunning.workflow.files;

import java.util.List;

/** A workflow file that cannot be used; the message lists every problem, one {@code file:line:column: problem} a line. */
public class WorkflowRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public WorkflowRejectedException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, each as {@code file:line:column: problem}, in file order. */
    public List<String> problems() {
        return problems;
    }
}
