package org.smartdunning.application.decide;

import java.util.Objects;
import java.util.Optional;
import org.smartdunning.application.port.DecidedRuns;
import org.smartdunning.application.port.ExportedModel;
import org.smartdunning.policy.DecisionRun;

/**
 * Use case: a creditor's decisions made elsewhere (a Spark task deciding on its own embedded
 * store) kept in this creditor's store for the service, with the model that made them, in one
 * transaction. A re-run replaces the same invoices' decisions and the same model, never adds to them.
 */
public final class PublishDecisions {
    private final DecidedRuns runs;

    public PublishDecisions(DecidedRuns runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /** What was kept: the run's invoices and the training key of its model, when it had one. */
    public record Published(int invoices, Optional<String> trainingKey) {
    }

    public Published run(DecisionRun run, Optional<ExportedModel> model) {
        runs.keep(run, model);
        return new Published(run.decisions().size(), model.map(m -> m.model().trainingKey()));
    }
}
