package org.smartdunning.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.law.CountryLaw;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.DebtorKind;
import org.smartdunning.law.LawRule;
import org.smartdunning.law.LawViolation;

/**
 * The law checks of {@link WorkflowCheck}: every action of every stage, for every debtor kind and country the
 * stage may apply to, as the {@link org.smartdunning.law.LegalStep} its earlier stages make it ({@link StageHistory}),
 * and no fee to a business debtor on top of a B2B compensation that covers it.
 */
final class StageLaw {
    private final CountryLaws laws;
    private final Workflow workflow;

    StageLaw(CountryLaws laws, Workflow workflow) {
        this.laws = laws;
        this.workflow = workflow;
    }

    List<WorkflowProblem> check() {
        Set<String> named = new TreeSet<>();
        workflow.stages().forEach(s -> named.addAll(s.when().countries()));
        List<WorkflowProblem> problems = new ArrayList<>();
        for (int i = 0; i < workflow.stages().size(); i++) {
            Stage stage = workflow.stages().get(i);
            Set<String> countries = new TreeSet<>(stage.when().countries());
            if (countries.isEmpty()) {
                countries.add(workflow.country());
                countries.addAll(named);
            }
            Set<String> messages = new LinkedHashSet<>();
            for (String country : countries) {
                int index = i;
                laws.of(country).ifPresent(law -> stageUnder(law, index, stage, problems, messages));
            }
        }
        return problems;
    }

    private void stageUnder(CountryLaw law, int index, Stage stage, List<WorkflowProblem> problems,
                            Set<String> messages) {
        StageHistory history = new StageHistory(workflow.stages());
        boolean sameCurrency = law.currency().equals(workflow.currency());
        // a wrong currency for the workflow's own country is reported once, for the workflow
        if (!sameCurrency && stage.chargesFee() && !law.country().equals(workflow.country())) {
            add(problems, messages, index, stage, "fees", "currency", "the stage applies to " + law.country()
                    + " debtors, whose fee caps are in " + law.currency() + ", but the workflow bills in "
                    + workflow.currency() + "; give " + law.country() + " a workflow of its own");
        }
        for (DebtorKind debtor : debtors(stage)) {
            for (DunningAction action : stage.actions()) {
                for (LawViolation violation : law.violations(history.step(index, action, debtor))) {
                    boolean cap = violation.rule().equals(LawRule.REMINDER_FEE_CAP.key())
                            || violation.rule().equals(LawRule.COLLECTION_FEE_CAP.key());
                    if (sameCurrency || !cap) {
                        add(problems, messages, index, stage, field(violation.rule(), action), violation.rule(),
                                action.key() + ": " + violation.message());
                    }
                }
            }
        }
        if (sameCurrency && workflow.claimCompensation() && law.compensationCoversFees()
                && debtors(stage).contains(DebtorKind.BUSINESS)) {
            for (DunningAction action : stage.actions()) {
                if (stage.fee(action).cents() > 0) {
                    add(problems, messages, index, stage, "fees." + action.key(), LawRule.COMPENSATION_COVERS_FEES.key(),
                            action.key() + ": a fee of " + stage.fee(action) + " to a business debtor on top of the "
                                    + law.country() + " B2B compensation of " + law.b2bCompensation()
                                    + ", which covers the creditor's own recovery costs ("
                                    + law.source(LawRule.COMPENSATION_COVERS_FEES) + ")");
                }
            }
        }
    }

    private static Set<DebtorKind> debtors(Stage stage) {
        Set<DebtorKind> kinds = new TreeSet<>();
        if (stage.when().types().isEmpty()) {
            kinds.add(DebtorKind.CONSUMER);
            kinds.add(DebtorKind.BUSINESS);
        }
        for (CustomerType type : stage.when().types()) {
            kinds.add(DebtorKind.of(type));
        }
        return kinds;
    }

    /** The key of the stage a violation is about: the fee, the deadline given, or the stage's day. */
    private static String field(String rule, DunningAction action) {
        if (rule.equals(LawRule.REMINDER_FEE_CAP.key()) || rule.equals(LawRule.COLLECTION_FEE_CAP.key())
                || rule.equals(LawRule.FEE_REMINDERS_MAX.key())) {
            return "fees." + action.key();
        }
        if (rule.equals(LawRule.FEE_REMINDER_MIN_PAY_BY_DAYS.key()) || rule.equals(LawRule.COLLECTION_NOTICE_MIN_DAYS.key())
                || rule.equals(LawRule.PRIOR_NOTICE_MIN_DAYS.key()) && action != DunningAction.COLLECTION) {
            return "pay_by_days";
        }
        return "day";
    }

    private static void add(List<WorkflowProblem> problems, Set<String> messages, int index, Stage stage, String field,
                            String rule, String message) {
        // the same breach for a consumer and a business, or under two countries, is reported once
        if (messages.add(message)) {
            problems.add(WorkflowProblem.ofStage(index, stage, field, rule, message));
        }
    }
}
