package org.smartdunning.api;

import java.util.List;
import org.smartdunning.ingest.events.FieldProblem;

/** A request the API refuses, rendered as RFC 9457 problem details; never carries a stack trace. */
final class ApiProblem extends RuntimeException {
    private final int status;
    private final String title;
    private final transient List<FieldProblem> errors;

    ApiProblem(int status, String title, String detail, List<FieldProblem> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    ApiProblem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    static ApiProblem notFound(String what) {
        return new ApiProblem(404, "Not Found", what + " does not exist");
    }

    static ApiProblem invalid(String field, String reason) {
        return new ApiProblem(422, "Unprocessable Content", field + ": " + reason, List.of(new FieldProblem(field, reason)));
    }

    /** Every field at fault, named. */
    static ApiProblem invalid(List<FieldProblem> problems) {
        FieldProblem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return new ApiProblem(422, "Unprocessable Content", first.field() + ": " + first.reason() + more, problems);
    }

    static ApiProblem badRequest(String field, String reason) {
        return new ApiProblem(400, "Bad Request", field + ": " + reason, List.of(new FieldProblem(field, reason)));
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    List<FieldProblem> errors() {
        return errors;
    }
}
