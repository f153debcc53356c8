package org.smartdunning.api;

import static io.javalin.http.HandlerType.GET;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.smartdunning.economics.BusinessSettings;

/** The credit manager's monthly report as PDF, as {@code dunning report} writes it: {@code ?month=YYYY-MM}. */
final class ReportRoutes {
    void register(Routing routing) {
        routing.creditor(GET, "/v1/reports/monthly", (ctx, creditor) -> {
            String text = ctx.queryParam("month");
            if (text == null || text.isBlank()) {
                throw ApiProblem.invalid("query month", "required: the month to report on, YYYY-MM");
            }
            YearMonth month;
            try {
                month = YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                throw ApiProblem.invalid("query month", "must be a month as YYYY-MM");
            }
            try {
                byte[] pdf = creditor.engine().writeMonthlyReport(BusinessSettings.DEFAULTS).write(month).document();
                return ApiResponse.ok(new ApiResponse.Binary(pdf, "application/pdf"));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("query month", e.getMessage());
            }
        });
    }
}
