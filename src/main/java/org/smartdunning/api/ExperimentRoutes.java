package org.smartdunning.api;

import static io.javalin.http.HandlerType.GET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.application.experiments.AnalyseExperiments;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.ingest.events.FieldProblem;

/** The experiments analysed from what happened, as {@code dunning experiments} gives them: {@code ?as_of=&control=&detect_value=&detect_paid=}. */
final class ExperimentRoutes {
    void register(Routing routing) {
        routing.creditor(GET, "/v1/experiments", (ctx, creditor) -> {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate asOf = ApiJson.day(ctx.queryParam("as_of"), "query as_of", problems);
            double value = number(ctx.queryParam("detect_value"), "query detect_value",
                    AnalyseExperiments.DEFAULT_VALUE_DIFFERENCE, problems);
            double paid = number(ctx.queryParam("detect_paid"), "query detect_paid",
                    AnalyseExperiments.DEFAULT_PAID_DIFFERENCE, problems);
            if (!problems.isEmpty()) {
                throw ApiProblem.invalid(problems);
            }
            String control = ctx.queryParam("control");
            try {
                // the last complete analysis at once; after a write a newer one is worked out apart (refreshing: true)
                return ApiResponse.ok(ApiJson.stamped(creditor.engine().analyseExperiments(BusinessSettings.DEFAULTS)
                        .latest(asOf, control == null || control.isBlank() ? null : control.strip(), value, paid)));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("query", e.getMessage());
            }
        });
    }

    private static double number(String text, String field, double absent, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value) && value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as a value out of range is
        }
        problems.add(new FieldProblem(field, "must be a number above 0, was '" + text + "'"));
        return absent;
    }
}
