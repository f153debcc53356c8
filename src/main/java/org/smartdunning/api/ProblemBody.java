package org.smartdunning.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.smartdunning.ingest.events.FieldProblem;

/** The body of an {@code application/problem+json} answer (RFC 9457), with the fields at fault. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ProblemBody(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {
    static final String MEDIA_TYPE = "application/problem+json";

    static ProblemBody of(ApiProblem problem, String path) {
        return new ProblemBody("about:blank", problem.title(), problem.status(), problem.getMessage(), path,
                problem.errors());
    }
}
