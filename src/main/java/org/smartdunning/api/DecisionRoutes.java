package org.smartdunning.api;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartdunning.application.decide.PreviewDecisions;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.ingest.events.FieldProblem;

/** Previews of today's decisions: one invoice, or a batch of up to {@value #MAX_BATCH}. */
final class DecisionRoutes {
    static final int MAX_BATCH = 500;

    /** A batch of previews, and the ids the creditor does not have. */
    record BatchView(List<PreviewView> previews, List<String> unknown) {
    }

    void register(Routing routing) {
        routing.creditor(GET, "/v1/invoices/{invoice}/decision-preview", (ctx, creditor) -> {
            InvoiceId id = new InvoiceId(ctx.pathParam("invoice"));
            return creditor.previews(id).preview(id).map(p -> ApiResponse.ok(PreviewView.of(p)))
                    .orElseThrow(() -> ApiProblem.notFound("invoice '" + id.value() + "'"));
        });
        routing.creditor(POST, "/v1/decision-previews", (ctx, creditor) -> {
            List<InvoiceId> ids = ids(ApiJson.object(ctx.body()));
            PreviewDecisions previews = creditor.previews(null);
            List<PreviewView> found = previews.previews(ids).stream().map(PreviewView::of).toList();
            Set<String> known = new java.util.HashSet<>();
            found.forEach(p -> known.add(p.invoiceId()));
            List<String> unknown = ids.stream().map(InvoiceId::value).filter(v -> !known.contains(v)).toList();
            return new ApiResponse(200, new BatchView(found, unknown), Map.of());
        });
    }

    private static List<InvoiceId> ids(ObjectNode body) {
        JsonNode node = body.get("invoice_ids");
        List<FieldProblem> problems = new ArrayList<>();
        Set<InvoiceId> ids = new LinkedHashSet<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add(new FieldProblem("invoice_ids", "required: an array of 1 to " + MAX_BATCH + " invoice ids"));
        } else if (node.size() > MAX_BATCH) {
            problems.add(new FieldProblem("invoice_ids", "at most " + MAX_BATCH + " ids per request, got " + node.size()));
        } else {
            for (int i = 0; i < node.size(); i++) {
                JsonNode id = node.get(i);
                if (!id.isTextual() || id.textValue().isEmpty()) {
                    problems.add(new FieldProblem("invoice_ids[" + i + "]", "must be a non-empty string"));
                } else {
                    ids.add(new InvoiceId(id.textValue()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        return List.copyOf(ids);
    }
}
