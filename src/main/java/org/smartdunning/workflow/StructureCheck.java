package org.smartdunning.workflow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;
import org.smartdunning.law.CountryLaw;
import org.smartdunning.law.CountryLaws;

/** The structural rules of a workflow, apart from the law: see {@link WorkflowCheck}. */
final class StructureCheck {
    private final CountryLaws laws;
    private final List<WorkflowProblem> problems = new ArrayList<>();

    StructureCheck(CountryLaws laws) {
        this.laws = laws;
    }

    List<WorkflowProblem> check(Workflow workflow) {
        CountryLaw law = laws.of(workflow.country()).orElse(null);
        if (law == null) {
            problems.add(WorkflowProblem.ofWorkflow("country", "country", "unknown country '" + workflow.country()
                    + "'; known: " + String.join(", ", laws.countries())));
        } else if (!law.currency().equals(workflow.currency())) {
            problems.add(WorkflowProblem.ofWorkflow("currency", "currency", "currency " + workflow.currency() + " is not "
                    + law.country() + "'s " + law.currency() + ", in which its fee caps are set"));
        }
        if (!Workflow.LANGUAGES.contains(workflow.defaultLanguage())) {
            problems.add(WorkflowProblem.ofWorkflow("language", "language", "unknown language '" + workflow.defaultLanguage()
                    + "'; supported: " + String.join(", ", Workflow.LANGUAGES.stream().sorted().toList())));
        }
        if (workflow.inquiryPauseDays() < 0) {
            problems.add(WorkflowProblem.ofWorkflow("inquiry_pause_days", "inquiry_pause_days", "inquiry_pause_days must not be negative"));
        }
        if (workflow.stages().isEmpty()) {
            problems.add(WorkflowProblem.ofWorkflow("stages", "stages", "a workflow needs at least one stage"));
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < workflow.stages().size(); i++) {
            Stage stage = workflow.stages().get(i);
            Integer first = firstIndex.putIfAbsent(stage.id(), i);
            if (first != null) {
                Stage earlier = workflow.stages().get(first);
                add(i, stage, "id", "duplicate stage id '" + stage.id() + "'" + (earlier.line() > 0
                        ? " (first at line " + earlier.line() + ")" : " (also stage " + (first + 1) + ")"));
            }
            if (i > 0 && stage.day() <= workflow.stages().get(i - 1).day()) {
                Stage previous = workflow.stages().get(i - 1);
                add(i, stage, "day", "day " + stage.day() + " is not after day " + previous.day() + " of the previous stage '"
                        + previous.id() + "'; stages must be in increasing day order");
            }
            stage(i, stage);
        }
        return problems;
    }

    private void stage(int i, Stage stage) {
        if (stage.id().isBlank()) {
            add(i, stage, "id", "a stage id must not be empty");
        }
        actions(i, stage);
        if (!Stage.TONES.contains(stage.tone())) {
            add(i, stage, "tone", "unknown tone '" + stage.tone() + "'; allowed: " + String.join(", ", Stage.TONES.stream().sorted().toList()));
        }
        if (stage.payByDays() < 0) {
            add(i, stage, "pay_by_days", "pay_by_days must not be negative");
        }
        for (Map.Entry<DunningAction, Money> fee : stage.fees().entrySet()) {
            String field = "fees." + fee.getKey().key();
            if (!stage.actions().contains(fee.getKey())) {
                add(i, stage, field, "fee for " + fee.getKey().key() + ", which the stage does not take");
            } else if (!Stage.FEE_CARRIERS.contains(fee.getKey())) {
                add(i, stage, field, fee.getKey().key() + " cannot carry a fee; fees go with email, letter or collection");
            }
            if (fee.getValue().isNegative()) {
                add(i, stage, field, "a fee must not be negative");
            }
        }
        SegmentCondition when = stage.when();
        if (when.minAmount() != null && when.maxAmount() != null && when.minAmount().compareTo(when.maxAmount()) > 0) {
            add(i, stage, "when.amount", "amount min " + when.minAmount() + " is above max " + when.maxAmount());
        }
        for (String country : when.countries().stream().sorted().toList()) {
            if (laws.of(country).isEmpty()) {
                add(i, stage, "when.country", "unknown country '" + country + "'; known: " + String.join(", ", laws.countries()));
            }
        }
        if (stage.announcesCollection() && stage.kind() != StageKind.NOTICE) {
            add(i, stage, "announces_collection", "only a notice stage can announce collection");
        }
    }

    private void actions(int i, Stage stage) {
        StageKind kind = stage.kind();
        if (stage.actions().size() < kind.minActions()) {
            add(i, stage, "actions", kind == StageKind.DECISION
                    ? "a decision stage chooses among at least 2 actions, has " + stage.actions().size()
                    : "a " + kind.key() + " stage needs at least one action");
        }
        Set<DunningAction> seen = EnumSet.noneOf(DunningAction.class);
        for (DunningAction action : stage.actions()) {
            if (!seen.add(action)) {
                add(i, stage, "actions", "action '" + action.key() + "' is listed twice");
            }
            if (!kind.allows(action)) {
                add(i, stage, "actions", kind == StageKind.NOTICE
                        ? "a notice stage sends sms, email or letter, not " + action.key()
                        : "an escalation stage hands over to collection; its actions must be [collection], not " + action.key());
            }
        }
    }

    private void add(int index, Stage stage, String field, String message) {
        problems.add(WorkflowProblem.ofStage(index, stage, field, field, message));
    }
}
