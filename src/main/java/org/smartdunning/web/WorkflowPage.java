package org.smartdunning.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.smartdunning.bootstrap.CreditorService;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.SegmentCondition;
import org.smartdunning.workflow.Stage;
import org.smartdunning.workflow.StageKind;
import org.smartdunning.workflow.Workflow;

/** The workflow in force drawn as a timeline around the due date, and every hold (in force or lifted). */
final class WorkflowPage implements PageHandler {
    /** A point on the timeline: a stage, or the due date itself. */
    record Point(String when, boolean due, String id, String kind, String actions, String fees, String payBy,
                 String applies) {
    }

    /** A hold as the table shows it. */
    record HoldRow(long id, String scope, String target, String reason, String placedOn, String until,
                   String liftedOn, String note) {
    }

    @Override
    public Page render(Context ctx, CreditorService creditor) {
        Map<String, Object> values = new HashMap<>();
        Optional<Workflow> workflow = creditor.currentWorkflow();
        values.put("workflow", workflow.orElse(null));
        values.put("points", workflow.map(WorkflowPage::points).orElse(List.of()));
        values.put("holds", creditor.engine().listHolds().all().stream().map(WorkflowPage::row).toList());
        return Page.of("workflow", "Workflow and holds", Menu.WORKFLOW, values);
    }

    private static List<Point> points(Workflow workflow) {
        List<Point> points = new ArrayList<>();
        boolean duePlaced = false;
        for (Stage stage : workflow.stages()) { // in increasing day order
            if (!duePlaced && stage.day() >= 0) {
                points.add(due());
                duePlaced = true;
            }
            points.add(new Point(PlainWords.dayFromDue(stage.day()), false, stage.id(), stage.kind().key(),
                    actions(stage),
                    stage.fees().isEmpty() ? "none" : stage.fees().entrySet().stream().map(f ->
                            PlainWords.action(f.getKey()) + ": " + f.getValue() + " " + workflow.currency())
                            .collect(Collectors.joining("; ")),
                    stage.payByDays() == 0 ? "none stated" : stage.payByDays() + " days",
                    applies(stage.when())));
        }
        if (!duePlaced) {
            points.add(due());
        }
        return points;
    }

    /** A decision's actions are the choices the engine weighs; a notice's or escalation's, fallbacks in order. */
    private static String actions(Stage stage) {
        List<String> words = stage.actions().stream().map(PlainWords::action).toList();
        return stage.kind() == StageKind.DECISION ? "the engine chooses among " + String.join(", ", words)
                : String.join(", else ", words);
    }

    private static Point due() {
        return new Point("Due date", true, null, null, null, null, null, null);
    }

    /** The stage's condition in words: every invoice, or the segments it names. */
    private static String applies(SegmentCondition when) {
        List<String> parts = new ArrayList<>();
        if (!when.types().isEmpty()) {
            parts.add("customer type " + when.types().stream().map(t -> t.code()).sorted().collect(Collectors.joining(", ")));
        }
        if (!when.countries().isEmpty()) {
            parts.add("country " + String.join(", ", when.countries().stream().sorted().toList()));
        }
        if (!when.paymentMethods().isEmpty()) {
            parts.add("paid by " + String.join(", ", when.paymentMethods().stream().sorted().toList()));
        }
        if (!when.riskBands().isEmpty()) {
            parts.add("risk " + when.riskBands().stream().map(r -> r.key()).sorted().collect(Collectors.joining(", ")));
        }
        if (when.minAmount() != null) {
            parts.add("amount from " + when.minAmount());
        }
        if (when.maxAmount() != null) {
            parts.add("amount up to " + when.maxAmount());
        }
        return parts.isEmpty() ? "every invoice" : String.join("; ", parts);
    }

    private static HoldRow row(Hold hold) {
        return new HoldRow(hold.id(), hold.scope().key(), hold.targetId(), hold.reason().key(), hold.placedOn().toString(),
                text(hold.until()), text(hold.liftedOn()), hold.note());
    }

    private static String text(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }
}
