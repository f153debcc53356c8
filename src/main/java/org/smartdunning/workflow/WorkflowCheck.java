package org.smartdunning.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartdunning.law.CountryLaws;

/**
 * Checks a workflow before it runs: its structure (ids, day order, actions each kind of stage may take, fees
 * only where a fee can go) and, for every stage, the law of the workflow's country and of every country a
 * stage condition names, with the newest rule pack of each. Problems name the stage and key they concern.
 */
public final class WorkflowCheck {
    private final CountryLaws laws;

    public WorkflowCheck(CountryLaws laws) {
        this.laws = Objects.requireNonNull(laws, "laws");
    }

    /** Every problem of the workflow, structural ones first; empty when it may run. */
    public List<WorkflowProblem> check(Workflow workflow) {
        List<WorkflowProblem> problems = new ArrayList<>(new StructureCheck(laws).check(workflow));
        if (laws.of(workflow.country()).isPresent()) {
            problems.addAll(new StageLaw(laws, workflow).check());
        }
        return List.copyOf(problems);
    }
}
