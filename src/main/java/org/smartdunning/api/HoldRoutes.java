package org.smartdunning.api;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartdunning.ingest.events.FieldProblem;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.HoldReason;
import org.smartdunning.workflow.HoldScope;

/** Holds that stop dunning of an invoice or a customer: placed, listed, lifted. */
final class HoldRoutes {
    /** A hold as the API shows it. */
    record HoldView(long holdId, String scope, String targetId, String reason, String placedOn, String until,
                    String liftedOn, String note) {
        static HoldView of(Hold hold) {
            return new HoldView(hold.id(), hold.scope().key(), hold.targetId(), hold.reason().key(),
                    hold.placedOn().toString(), text(hold.until()), text(hold.liftedOn()), hold.note());
        }

        private static String text(LocalDate day) {
            return day == null ? null : day.toString();
        }

        String sortKey() {
            return String.format("%019d", holdId);
        }
    }

    void register(Routing routing) {
        routing.creditor(POST, "/v1/holds", (ctx, creditor) -> {
            ObjectNode body = ApiJson.object(ctx.body());
            List<FieldProblem> problems = new ArrayList<>();
            HoldScope scope = parse(body, "scope", HoldScope::of, problems);
            String target = ApiJson.text(body, "target_id", "", problems);
            if (target == null || target.isBlank()) {
                problems.add(new FieldProblem("target_id", "required: the invoice or customer id"));
            }
            HoldReason reason = parse(body, "reason", HoldReason::of, problems);
            LocalDate today = LocalDate.now(creditor.clock());
            LocalDate from = ApiJson.day(ApiJson.text(body, "from", "", problems), "from", problems);
            LocalDate until = ApiJson.day(ApiJson.text(body, "until", "", problems), "until", problems);
            String note = ApiJson.text(body, "note", "", problems);
            if (note != null && note.length() > 1000) {
                problems.add(new FieldProblem("note", "longer than 1000 characters"));
            }
            if (until != null && !until.isAfter(from == null ? today : from)) {
                problems.add(new FieldProblem("until", "must be after from (" + (from == null ? today : from) + ")"));
            }
            if (!problems.isEmpty()) {
                throw ApiProblem.invalid(problems);
            }
            if (!creditor.holdTargetExists(scope, target)) {
                throw ApiProblem.notFound(scope.key() + " '" + target + "'");
            }
            Hold hold = creditor.engine().placeHold().place(scope, target, reason, from == null ? today : from, until,
                    note);
            return ApiResponse.created(HoldView.of(hold));
        });
        routing.creditor(GET, "/v1/holds", (ctx, creditor) -> ApiResponse.ok(Page.of(ctx,
                creditor.engine().listHolds().all().stream().map(HoldView::of).toList(), HoldView::sortKey)));
        routing.creditor(DELETE, "/v1/holds/{hold}", (ctx, creditor) -> {
            long id;
            try {
                id = Long.parseLong(ctx.pathParam("hold"));
            } catch (NumberFormatException e) {
                throw ApiProblem.notFound("hold '" + ctx.pathParam("hold") + "'");
            }
            if (!creditor.engine().releaseHold().release(id, LocalDate.now(creditor.clock()))) {
                throw ApiProblem.notFound("a hold in force with id " + id);
            }
            return ApiResponse.noContent();
        });
    }

    private static <T> T parse(ObjectNode body, String field, java.util.function.Function<String, T> reader,
                               List<FieldProblem> problems) {
        String text = ApiJson.text(body, field, "", problems);
        if (text == null) {
            problems.add(new FieldProblem(field, "required"));
            return null;
        }
        try {
            return reader.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }
}
