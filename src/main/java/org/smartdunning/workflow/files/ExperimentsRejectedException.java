package org.smartdunning.workflow.files;

import java.util.List;

/** An experiments file that cannot be used; every problem as {@code file:line:column: problem}, in file order. */
public class ExperimentsRejectedException extends WorkflowRejectedException {
    private static final long serialVersionUID = 1L;

    public ExperimentsRejectedException(List<String> problems) {
        super(problems);
    }
}
