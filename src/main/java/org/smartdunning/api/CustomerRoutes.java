package org.smartdunning.api;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;

import org.smartdunning.application.privacy.PersonalData;
import org.smartdunning.application.timeline.InvoiceTimeline;

/** An invoice's timeline, and a customer's personal data exported or erased (GDPR). */
final class CustomerRoutes {
    void register(Routing routing) {
        routing.creditor(GET, "/v1/invoices/{invoice}/timeline", (ctx, creditor) -> {
            String id = ctx.pathParam("invoice");
            InvoiceTimeline timeline = creditor.timeline().of(id)
                    .orElseThrow(() -> ApiProblem.notFound("invoice '" + id + "'"));
            return ApiResponse.ok(timeline);
        });
        routing.creditor(GET, "/v1/customers/{customer}/personal-data", (ctx, creditor) -> {
            String id = ctx.pathParam("customer");
            PersonalData.Export export = creditor.personalData().export(id)
                    .orElseThrow(() -> ApiProblem.notFound("customer '" + id + "'"));
            return ApiResponse.ok(export);
        });
        routing.creditor(DELETE, "/v1/customers/{customer}/personal-data", (ctx, creditor) -> {
            String id = ctx.pathParam("customer");
            PersonalData.Erasure erasure = creditor.erasePersonalData().erase(id)
                    .orElseThrow(() -> ApiProblem.notFound("customer '" + id + "'"));
            creditor.historyOrModelsChanged();
            return ApiResponse.ok(erasure);
        });
    }
}
