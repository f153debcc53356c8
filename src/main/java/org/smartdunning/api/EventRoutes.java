package org.smartdunning.api;

import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartdunning.application.events.RecordBillingEvent;
import org.smartdunning.application.port.BillingEventBook;
import org.smartdunning.ingest.events.FieldProblem;

/**
 * Events from the billing system, {@code {"event_id", "type", "data": {...}}}: one at a time, or a
 * batch of up to {@link #MAX_BATCH} recorded all or nothing in one commit.
 */
final class EventRoutes {
    /** Most events in one batch request: a batch is one transaction, kept short. */
    static final int MAX_BATCH = 1000;

    /** What the API answers for an event. */
    record EventView(String eventId, String type, String outcome) {
        static EventView of(RecordBillingEvent.Receipt receipt) {
            // a retry is answered as its first attempt was
            String outcome = receipt.outcome() == BillingEventBook.Outcome.RETRIED ? "recorded"
                    : receipt.outcome().name().toLowerCase();
            return new EventView(receipt.eventId(), receipt.type(), outcome);
        }
    }

    /** What the API answers for a batch: each event's outcome, in order, and the counts. */
    record BatchView(List<EventView> events, int recorded, int repeated) {
    }

    void register(Routing routing) {
        routing.creditorKeepingItsKey(POST, "/v1/events", (ctx, creditor) -> {
            BillingEventBook.Request request = new BillingEventBook.Request(Idempotency.key(ctx),
                    Idempotency.fingerprint(ctx));
            List<FieldProblem> problems = new ArrayList<>();
            RecordBillingEvent.Input input = event(ApiJson.object(ctx.body()), "", problems);
            if (!problems.isEmpty()) {
                throw ApiProblem.invalid(problems);
            }
            RecordBillingEvent.Receipt receipt = creditor.recordEvent().record(input.eventId(), input.type(),
                    input.data(), request);
            return switch (receipt.outcome()) {
                case RECORDED -> ApiResponse.created(EventView.of(receipt));
                case RETRIED -> new ApiResponse(201, EventView.of(receipt), Map.of("Idempotent-Replayed", "true"));
                case REPEATED -> ApiResponse.ok(EventView.of(receipt));
            };
        });
        routing.creditorKeepingItsKey(POST, "/v1/events/batch", (ctx, creditor) -> {
            BillingEventBook.Request request = new BillingEventBook.Request(Idempotency.key(ctx),
                    Idempotency.fingerprint(ctx));
            List<RecordBillingEvent.Input> inputs = batch(ApiJson.object(ctx.body()));
            List<RecordBillingEvent.Receipt> receipts = creditor.recordEvent().recordAll(inputs, request);
            List<EventView> views = receipts.stream().map(EventView::of).toList();
            int recorded = (int) views.stream().filter(v -> v.outcome().equals("recorded")).count();
            boolean replayed = receipts.stream().anyMatch(r -> r.outcome() == BillingEventBook.Outcome.RETRIED);
            return new ApiResponse(200, new BatchView(views, recorded, views.size() - recorded),
                    replayed ? Map.of("Idempotent-Replayed", "true") : Map.of());
        });
    }

    /** The events of {@code {"events": [...]}}; every problem of every event named at once. */
    private static List<RecordBillingEvent.Input> batch(ObjectNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals("events")) {
                problems.add(new FieldProblem(name, "unknown field; a batch has only events"));
            }
        });
        JsonNode events = body.get("events");
        List<RecordBillingEvent.Input> inputs = new ArrayList<>();
        if (!(events instanceof ArrayNode array)) {
            problems.add(new FieldProblem("events", "required: an array of 1 to " + MAX_BATCH + " events"));
        } else if (array.isEmpty() || array.size() > MAX_BATCH) {
            problems.add(new FieldProblem("events", "must hold 1 to " + MAX_BATCH + " events, held " + array.size()));
        } else {
            for (int i = 0; i < array.size(); i++) {
                String prefix = "events[" + i + "].";
                if (array.get(i) instanceof ObjectNode object) {
                    inputs.add(event(object, prefix, problems));
                } else {
                    problems.add(new FieldProblem("events[" + i + "]", "must be a JSON object"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        return inputs;
    }

    /** One event's envelope; its problems are added to {@code problems}, each field after {@code prefix}. */
    private static RecordBillingEvent.Input event(ObjectNode body, String prefix, List<FieldProblem> problems) {
        String eventId = ApiJson.text(body, "event_id", prefix, problems);
        String type = ApiJson.text(body, "type", prefix, problems);
        JsonNode data = body.get("data");
        Map<String, String> fields = Map.of();
        if (data == null || data.isNull()) {
            problems.add(new FieldProblem(prefix + "data", "required: the event's fields"));
        } else if (data instanceof ObjectNode object) {
            fields = ApiJson.fields(object, prefix + "data.", problems);
        } else {
            problems.add(new FieldProblem(prefix + "data", "must be a JSON object"));
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!List.of("event_id", "type", "data").contains(name)) {
                problems.add(new FieldProblem(prefix + name, "unknown field; an event has event_id, type and data"));
            }
        });
        return new RecordBillingEvent.Input(eventId, type, fields);
    }
}
