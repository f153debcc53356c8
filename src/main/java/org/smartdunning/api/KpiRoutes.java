package org.smartdunning.api;

import static io.javalin.http.HandlerType.GET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.bootstrap.CreditorService;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.ingest.events.FieldProblem;
import org.smartdunning.kpi.KpiGrouping;

/** The KPIs from what happened, as {@code dunning kpis} gives them: {@code ?from=&to=&by=}. */
final class KpiRoutes {
    /** What {@code GET /v1/kpis} asks with no query: worked out for every creditor when the service starts. */
    static void askDefault(CreditorService creditor) {
        try {
            creditor.engine().measureKpis(BusinessSettings.DEFAULTS).latest(null, null, KpiGrouping.MONTHS);
        } catch (IllegalArgumentException e) {
            // no history yet: the API says so when asked
        }
    }

    void register(Routing routing) {
        routing.creditor(GET, "/v1/kpis", (ctx, creditor) -> {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate from = ApiJson.day(ctx.queryParam("from"), "query from", problems);
            LocalDate to = ApiJson.day(ctx.queryParam("to"), "query to", problems);
            KpiGrouping grouping = KpiGrouping.MONTHS;
            String by = ctx.queryParam("by");
            if (by != null) {
                try {
                    grouping = KpiGrouping.parse(by);
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("query by", e.getMessage()));
                }
            }
            if (!problems.isEmpty()) {
                throw ApiProblem.invalid(problems);
            }
            try {
                // the last complete report at once; after a write a newer one is worked out apart (refreshing: true)
                return ApiResponse.ok(ApiJson.stamped(creditor.engine().measureKpis(BusinessSettings.DEFAULTS)
                        .latest(from, to, grouping)));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("query", e.getMessage());
            }
        });
    }
}
