package org.smartdunning.api;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartdunning.application.port.WebhookBook;
import org.smartdunning.application.webhooks.Registration;
import org.smartdunning.ingest.events.FieldProblem;
import org.smartdunning.webhooks.EndpointSummary;
import org.smartdunning.webhooks.WebhookEndpoint;
import org.smartdunning.webhooks.WebhookEventType;

/** The creditor's webhook endpoints: registered (the signing secret shown once), listed with their deliveries, disabled. */
final class WebhookRoutes {
    /** How many of an endpoint's latest deliveries its page shows. */
    static final int DELIVERIES_SHOWN = 50;

    /** An endpoint as the API shows it; {@code secret} only in the answer to its registration. */
    record EndpointView(String endpointId, String url, List<String> events, String createdAt, String disabledAt,
                        String secret) {
        static EndpointView of(EndpointSummary e) {
            return new EndpointView(e.id().value(), e.url().toString(), wire(e.events()), e.createdAt().toString(),
                    text(e.disabledAt()), null);
        }

        static EndpointView registered(WebhookEndpoint e) {
            return new EndpointView(e.id().value(), e.url().toString(), wire(e.events()), e.createdAt().toString(),
                    null, e.secret());
        }

        private static List<String> wire(java.util.Set<WebhookEventType> events) {
            return events.stream().map(WebhookEventType::wireName).sorted().toList();
        }
    }

    /** One delivery of an event to the endpoint: status, attempts, the receiver's last status code. */
    record DeliveryView(String eventId, String eventType, String status, int attempts, String createdAt,
                        String nextAttemptAt, String lastAttemptAt, Integer lastStatusCode, String lastReason) {
        static DeliveryView of(WebhookBook.DeliveryRecord d) {
            return new DeliveryView(d.eventId(), d.eventType(), d.status(), d.attempts(), d.createdAt().toString(),
                    d.nextAttemptAt().toString(), text(d.lastAttemptAt()), d.lastStatusCode() == 0 ? null
                    : d.lastStatusCode(), d.lastReason() == null || d.lastReason().isEmpty() ? null : d.lastReason());
        }
    }

    /** An endpoint with its latest deliveries. */
    record EndpointDetail(EndpointView endpoint, List<DeliveryView> deliveries) {
    }

    void register(Routing routing) {
        routing.creditor(POST, "/v1/webhooks", (ctx, creditor) -> {
            ObjectNode body = ApiJson.object(ctx.body());
            List<FieldProblem> problems = new ArrayList<>();
            String url = ApiJson.text(body, "url", "", problems);
            List<String> events = new ArrayList<>();
            JsonNode list = body.get("events");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    problems.add(new FieldProblem("events", "must be an array of event types"));
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i).isTextual()) {
                            events.add(list.get(i).textValue());
                        } else {
                            problems.add(new FieldProblem("events[" + i + "]", "must be a string"));
                        }
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw ApiProblem.invalid(problems);
            }
            Registration registration = creditor.registerWebhookEndpoint().register(url == null ? "" : url, events);
            if (registration instanceof Registration.Rejected rejected) {
                throw ApiProblem.invalid(rejected.problems().stream()
                        .map(p -> new FieldProblem(p.field(), p.reason())).toList());
            }
            return ApiResponse.created(EndpointView.registered(((Registration.Registered) registration).endpoint()));
        });
        routing.creditor(GET, "/v1/webhooks", (ctx, creditor) -> ApiResponse.ok(Page.of(ctx,
                creditor.engine().listWebhookEndpoints().all().stream().map(EndpointView::of)
                        .sorted(java.util.Comparator.comparing(EndpointView::endpointId)).toList(),
                EndpointView::endpointId)));
        routing.creditor(GET, "/v1/webhooks/{endpoint}", (ctx, creditor) -> {
            String id = ctx.pathParam("endpoint");
            var list = creditor.engine().listWebhookEndpoints();
            EndpointSummary endpoint = list.find(id).orElseThrow(() -> ApiProblem.notFound("webhook endpoint '" + id + "'"));
            return ApiResponse.ok(new EndpointDetail(EndpointView.of(endpoint),
                    list.deliveries(id, DELIVERIES_SHOWN).stream().map(DeliveryView::of).toList()));
        });
        routing.creditor(DELETE, "/v1/webhooks/{endpoint}", (ctx, creditor) -> {
            String id = ctx.pathParam("endpoint");
            if (!creditor.engine().disableWebhookEndpoint().disable(id)) {
                throw ApiProblem.notFound("an active webhook endpoint '" + id + "'");
            }
            return ApiResponse.noContent();
        });
    }

    private static String text(Optional<Instant> at) {
        return at.map(Instant::toString).orElse(null);
    }
}
