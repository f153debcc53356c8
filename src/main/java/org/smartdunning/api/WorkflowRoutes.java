package org.smartdunning.api;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.PUT;

import org.smartdunning.application.port.WorkflowBook;
import org.smartdunning.ingest.events.FieldProblem;
import org.smartdunning.workflow.files.WorkflowRejectedException;

/**
 * The creditor's workflow: uploaded as YAML (checked against the country's law, problems named by
 * line and column as the command line names them), the schedule runs the newest version.
 */
final class WorkflowRoutes {
    static final String FILE_NAME = "workflow.yaml";

    /** A workflow version as the API shows it. */
    record WorkflowView(int version, String uploadedAt, String content) {
        static WorkflowView of(WorkflowBook.StoredWorkflow w) {
            return new WorkflowView(w.version(), w.uploadedAt().toString(), w.text());
        }
    }

    void register(Routing routing) {
        routing.creditor(PUT, "/v1/workflow", (ctx, creditor) -> {
            String text = ctx.body();
            try {
                creditor.checkWorkflow(FILE_NAME, text);
            } catch (WorkflowRejectedException e) {
                throw ApiProblem.invalid(e.problems().stream().map(p -> problem(FILE_NAME, p)).toList());
            }
            WorkflowBook.StoredWorkflow stored = creditor.workflows().save(text, creditor.clock().instant());
            return ApiResponse.created(WorkflowView.of(stored));
        });
        routing.creditor(GET, "/v1/workflow", (ctx, creditor) -> ApiResponse.ok(WorkflowView.of(
                creditor.workflows().current().orElseThrow(() -> ApiProblem.notFound("a workflow")))));
    }

    /** {@code workflow.yaml:3:5: reason} as a field (where) and a reason; without a place, the field is the file. */
    static FieldProblem problem(String fileName, String line) {
        int split = line.indexOf(": ");
        return split < 0 ? new FieldProblem(fileName, line)
                : new FieldProblem(line.substring(0, split), line.substring(split + 2));
    }

}
