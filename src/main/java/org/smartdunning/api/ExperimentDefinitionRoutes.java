package org.smartdunning.api;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.PUT;

import org.smartdunning.application.daily.TriggerDayRun;
import org.smartdunning.application.port.WorkflowBook;
import org.smartdunning.bootstrap.CreditorService;
import org.smartdunning.workflow.files.WorkflowRejectedException;

/**
 * The creditor's experiments as configuration: uploaded as YAML, checked against the workflow in force (problems
 * named by line and column as the command line names them); the daily process runs the newest version.
 * {@code GET /v1/experiments} is their analysis.
 */
final class ExperimentDefinitionRoutes {
    static final String PATH = "/v1/experiments/definitions";

    /** An experiments file version as the API shows it. */
    record ExperimentsView(int version, String uploadedAt, String content) {
        static ExperimentsView of(WorkflowBook.StoredWorkflow e) {
            return new ExperimentsView(e.version(), e.uploadedAt().toString(), e.text());
        }
    }

    void register(Routing routing) {
        routing.creditor(PUT, PATH, (ctx, creditor) -> {
            String text = ctx.body();
            try {
                creditor.checkExperiments(CreditorService.EXPERIMENTS_FILE, text);
            } catch (TriggerDayRun.NoWorkflowException e) {
                throw new ApiProblem(409, "Conflict", e.getMessage() + " (PUT /v1/workflow)");
            } catch (WorkflowRejectedException e) {
                throw ApiProblem.invalid(e.problems().stream()
                        .map(p -> WorkflowRoutes.problem(CreditorService.EXPERIMENTS_FILE, p)).toList());
            }
            WorkflowBook.StoredWorkflow stored = creditor.experimentFiles().save(text, creditor.clock().instant());
            return ApiResponse.created(ExperimentsView.of(stored));
        });
        routing.creditor(GET, PATH, (ctx, creditor) -> ApiResponse.ok(ExperimentsView.of(
                creditor.experimentFiles().current().orElseThrow(() -> ApiProblem.notFound("an experiments file")))));
    }
}
