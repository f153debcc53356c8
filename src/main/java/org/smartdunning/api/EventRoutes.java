package org.smartdunning.api;

import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartdunning.application.events.RecordBillingEvent;
import org.smartdunning.application.port.BillingEventBook;
import org.smartdunning.ingest.events.FieldProblem;

/** Events from the billing system, one at a time: {@code {"event_id", "type", "data": {...}}}. */
final class EventRoutes {
    /** What the API answers for an event. */
    record EventView(String eventId, String type, String outcome) {
        static EventView of(RecordBillingEvent.Receipt receipt) {
            return new EventView(receipt.eventId(), receipt.type(), receipt.outcome().name().toLowerCase());
        }
    }

    void register(Routing routing) {
        routing.creditorKeepingItsKey(POST, "/v1/events", (ctx, creditor) -> {
            BillingEventBook.Request request = new BillingEventBook.Request(Idempotency.key(ctx),
                    Idempotency.fingerprint(ctx));
            ObjectNode body = ApiJson.object(ctx.body());
            List<FieldProblem> problems = new ArrayList<>();
            String eventId = ApiJson.text(body, "event_id", "", problems);
            String type = ApiJson.text(body, "type", "", problems);
            JsonNode data = body.get("data");
            Map<String, String> fields = Map.of();
            if (data == null || data.isNull()) {
                problems.add(new FieldProblem("data", "required: the event's fields"));
            } else if (data instanceof ObjectNode object) {
                fields = ApiJson.fields(object, "data.", problems);
            } else {
                problems.add(new FieldProblem("data", "must be a JSON object"));
            }
            body.fieldNames().forEachRemaining(name -> {
                if (!List.of("event_id", "type", "data").contains(name)) {
                    problems.add(new FieldProblem(name, "unknown field; an event has event_id, type and data"));
                }
            });
            if (!problems.isEmpty()) {
                throw ApiProblem.invalid(problems);
            }
            RecordBillingEvent.Receipt receipt = creditor.recordEvent().record(eventId, type, fields, request);
            return switch (receipt.outcome()) {
                case RECORDED -> ApiResponse.created(EventView.of(receipt));
                // a retry is answered as its first attempt was
                case RETRIED -> new ApiResponse(201, new EventView(receipt.eventId(), receipt.type(), "recorded"),
                        Map.of("Idempotent-Replayed", "true"));
                case REPEATED -> ApiResponse.ok(EventView.of(receipt));
            };
        });
    }
}
