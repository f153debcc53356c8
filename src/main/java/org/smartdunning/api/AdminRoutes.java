package org.smartdunning.api;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.access.ApiKey;
import org.smartdunning.application.access.IssueApiKey;
import org.smartdunning.bootstrap.Service;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.events.FieldProblem;

/** The administrator's operations: creditors and their API keys. */
final class AdminRoutes {
    private final Service service;

    AdminRoutes(Service service) {
        this.service = service;
    }

    /** A creditor as the API shows it. */
    record CreditorView(String creditorId, boolean created) {
    }

    /** A key as the API shows it: the text only once, when issued. */
    record KeyView(String keyId, String creditorId, String label, String createdAt, String revokedAt, String key) {
        static KeyView of(ApiKey key, String text) {
            return new KeyView(key.keyId(), key.creditor().value(), key.label(), key.createdAt().toString(),
                    key.revokedAt() == null ? null : key.revokedAt().toString(), text);
        }
    }

    void register(Routing routing) {
        routing.admin(POST, "/v1/creditors", (ctx, caller) -> {
            ObjectNode body = ApiJson.object(ctx.body());
            List<FieldProblem> problems = new ArrayList<>();
            String id = ApiJson.text(body, "creditor_id", "", problems);
            CreditorId creditor = creditorId(id, problems);
            boolean created = service.creditors().register(creditor);
            return new ApiResponse(created ? 201 : 200, new CreditorView(creditor.value(), created), java.util.Map.of());
        });
        routing.admin(GET, "/v1/creditors", (ctx, caller) -> ApiResponse.ok(Page.of(ctx,
                service.creditors().all().stream().map(c -> new CreditorView(c.value(), false)).toList(),
                CreditorView::creditorId)));
        routing.admin(POST, "/v1/creditors/{creditor}/keys", (ctx, caller) -> {
            CreditorId creditor = known(ctx);
            List<FieldProblem> problems = new ArrayList<>();
            String label = ctx.body().isBlank() ? "" : ApiJson.text(ApiJson.object(ctx.body()), "label", "", problems);
            if (label != null && label.length() > 200) {
                problems.add(new FieldProblem("label", "longer than 200 characters"));
            }
            if (!problems.isEmpty()) {
                throw ApiProblem.invalid(problems);
            }
            IssueApiKey.Issued issued = service.issueKey().issue(creditor, label);
            return ApiResponse.created(KeyView.of(issued.key(), issued.text()));
        });
        routing.admin(GET, "/v1/creditors/{creditor}/keys", (ctx, caller) -> ApiResponse.ok(Page.of(ctx,
                service.listKeys().of(known(ctx)).stream().map(k -> KeyView.of(k, null)).toList(), KeyView::keyId)));
        routing.admin(DELETE, "/v1/creditors/{creditor}/keys/{key}", (ctx, caller) -> {
            if (!service.revokeKey().revoke(known(ctx), ctx.pathParam("key"))) {
                throw ApiProblem.notFound("a key in force with id '" + ctx.pathParam("key") + "'");
            }
            return ApiResponse.noContent();
        });
    }

    private CreditorId known(Context ctx) {
        CreditorId creditor = creditorId(ctx.pathParam("creditor"), new ArrayList<>());
        if (!service.creditors().exists(creditor)) {
            throw ApiProblem.notFound("creditor '" + creditor.value() + "'");
        }
        return creditor;
    }

    private static CreditorId creditorId(String id, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        if (id == null) {
            throw ApiProblem.invalid("creditor_id", "required");
        }
        try {
            return new CreditorId(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("creditor_id", e.getMessage());
        }
    }
}
