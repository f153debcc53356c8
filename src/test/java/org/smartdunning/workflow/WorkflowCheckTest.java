package org.smartdunning.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartdunning.channels.Creditor;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.files.CountryRulesFile;

/** The checks on workflows built in code; the file reader's line numbers are tested in WorkflowFileTest. */
class WorkflowCheckTest {
    static final CountryLaws LAWS = CountryRulesFile.bundled();
    static final WorkflowCheck CHECK = new WorkflowCheck(LAWS);
    static final SegmentCondition BUSINESS = new SegmentCondition(Set.of(CustomerType.BUSINESS), Set.of(), null, null,
            Set.of(), Set.of());

    static Stage stage(String id, int day, StageKind kind, List<DunningAction> actions, Map<DunningAction, Money> fees,
                       SegmentCondition when) {
        return new Stage(id, day, kind, actions, id, "neutral", fees, 10, when, 0);
    }

    static List<String> problems(String country, String currency, Stage... stages) {
        Workflow workflow = new Workflow("t", country, currency, new Creditor("T", "", "", "", "", ""), "en", 10, List.of(stages));
        List<String> messages = new ArrayList<>();
        CHECK.check(workflow).forEach(p -> messages.add(p.field() + " | " + p.message()));
        return messages;
    }

    static final Stage FREE_REMINDER = stage("reminder", 7, StageKind.NOTICE, List.of(DunningAction.EMAIL, DunningAction.LETTER),
            Map.of(), BUSINESS);
    static final Stage MAHNUNG = stage("mahnung", 21, StageKind.NOTICE, List.of(DunningAction.LETTER),
            Map.of(DunningAction.LETTER, Money.parse("2.50")), BUSINESS);

    @Test
    void inGermanyAFreeReminderFirstAllowsTheFeeBearingMahnung() {
        assertThat(problems("DE", "EUR", FREE_REMINDER, MAHNUNG)).isEmpty();
        assertThat(problems("DE", "EUR", MAHNUNG)).containsExactly("day | stage 'mahnung': letter: fee-bearing reminder on day 21"
                + " after due with no earlier reminder; DE allows it only once the debtor is in default: after an earlier"
                + " reminder or from day 31 after due (BGB § 286, only once the debtor is in default)");
    }

    @Test
    void aDecisionThatMayChooseNothingIsNoReminder() {
        Stage decision = stage("decision", 7, StageKind.DECISION, List.of(DunningAction.NONE, DunningAction.EMAIL), Map.of(), BUSINESS);
        assertThat(problems("DE", "EUR", decision, MAHNUNG)).hasSize(1).first().asString().contains("with no earlier reminder");
    }

    @Test
    void aReminderForFewerInvoicesIsNoReminderForAll() {
        SegmentCondition large = new SegmentCondition(Set.of(CustomerType.BUSINESS), Set.of(), Money.parse("1000"), null, Set.of(), Set.of());
        Stage largeOnly = stage("reminder", 7, StageKind.NOTICE, List.of(DunningAction.EMAIL), Map.of(), large);
        assertThat(problems("DE", "EUR", largeOnly, MAHNUNG)).hasSize(1);
    }

    @Test
    void earlierFeesCountWhereverTheSegmentsMayMeet() {
        Map<DunningAction, Money> fee = Map.of(DunningAction.LETTER, Money.parse("35"));
        List<DunningAction> letter = List.of(DunningAction.LETTER);
        Stage first = new Stage("first", 14, StageKind.NOTICE, letter, "r", "neutral", fee, 14, SegmentCondition.ANY, 0);
        Stage second = new Stage("second", 28, StageKind.NOTICE, letter, "r", "neutral", fee, 14, BUSINESS, 0);
        Stage third = new Stage("third", 42, StageKind.NOTICE, letter, "r", "neutral", fee, 14, SegmentCondition.ANY, 0);
        assertThat(problems("NO", "NOK", first, second)).isEmpty();
        assertThat(problems("NO", "NOK", first, second, third)).containsExactly("fees.letter | stage 'third': letter:"
                + " fee-bearing reminder number 3; NO allows fees on at most 2 reminders per invoice (inkassoforskriften § 1-3)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SE,SEK,14,60", "NO,NOK,14,35", "DE,EUR,31,2.50"})
    void noFeeToABusinessOnTopOfTheCompensationInAnyCountry(String country, String currency, int day, String fee) {
        Stage late = new Stage("late", day, StageKind.NOTICE, List.of(DunningAction.LETTER), "r", "neutral",
                Map.of(DunningAction.LETTER, Money.parse(fee)), 14, BUSINESS, 0);
        Creditor creditor = new Creditor("T", "", "", "", "", "");
        Workflow claiming = new Workflow("t", country, currency, creditor, "en", 10, List.of(late), true, true);
        Workflow notClaiming = new Workflow("t", country, currency, creditor, "en", 10, List.of(late), true, false);
        assertThat(CHECK.check(claiming)).extracting(WorkflowProblem::rule, WorkflowProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("compensation_covers_fees", "fees.letter"));
        assertThat(CHECK.check(notClaiming)).isEmpty();
    }

    @Test
    void structuralRulesNameTheKeyConcerned() {
        Stage sms = stage("a", 5, StageKind.NOTICE, List.of(DunningAction.SMS, DunningAction.SMS),
                Map.of(DunningAction.SMS, Money.parse("5"), DunningAction.LETTER, Money.parse("5")), SegmentCondition.ANY);
        Stage escalation = stage("b", 3, StageKind.ESCALATION, List.of(DunningAction.LETTER), Map.of(), SegmentCondition.ANY);
        assertThat(problems("SE", "EUR", sms, escalation)).containsExactly(
                "currency | currency EUR is not SE's SEK, in which its fee caps are set",
                "actions | stage 'a': action 'sms' is listed twice",
                "fees.sms | stage 'a': sms cannot carry a fee; fees go with email, letter or collection",
                "fees.letter | stage 'a': fee for letter, which the stage does not take",
                "day | stage 'b': day 3 is not after day 5 of the previous stage 'a'; stages must be in increasing day order",
                "actions | stage 'b': an escalation stage hands over to collection; its actions must be [collection], not letter");
    }
}
