package org.smartdunning.workflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.files.CountryRulesFile;
import org.smartdunning.workflow.Workflow;

/** Each law check, found when a workflow file is loaded and reported at the key it concerns. */
class WorkflowLawAtLoadTest {
    static final CountryLaws LAWS = CountryRulesFile.bundled();

    static String header(String country, String currency) {
        return "workflow: t\ncountry: " + country + "\ncurrency: " + currency + "\ncreditor: {name: Test}\nstages:\n";
    }

    static String rejected(String yaml) {
        try {
            WorkflowFile.parse("w.yaml", yaml, LAWS);
        } catch (WorkflowRejectedException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted:\n" + yaml);
    }

    static Workflow loaded(String yaml) {
        return WorkflowFile.parse("w.yaml", yaml, LAWS);
    }

    @Test
    void reminderFeeAboveTheCap() {
        String yaml = header("SE", "SEK") + """
                  - id: decision
                    day: 14
                    kind: decision
                    actions: [none, letter]
                    fees: {letter: 80}
                    pay_by_days: 10
                """;
        assertThat(rejected(yaml)).isEqualTo("w.yaml:10:12: stage 'decision': letter: reminder fee 80.00 exceeds the SE cap"
                + " of 60.00 (Lag (1981:739) om ersättning för inkassokostnader m.m. 4 § andra stycket 1)");
        assertThat(loaded(yaml.replace("80", "60")).stages()).hasSize(1);
    }

    @Test
    void feeBearingReminderTooEarly() {
        String yaml = header("SE", "SEK") + """
                  - id: nudge
                    day: 0
                    kind: notice
                    actions: [letter]
                    fees: {letter: 60}
                """;
        assertThat(rejected(yaml)).isEqualTo("w.yaml:7:5: stage 'nudge': letter: fee-bearing reminder on day 0 after due;"
                + " SE allows it from day 1 after due (Lag (1981:739) 1 § and 2 §, a reminder of a debt that has fallen due)");
        assertThat(loaded(yaml.replace("day: 0", "day: 1")).stages()).hasSize(1);
    }

    @Test
    void collectionDemandWithTooShortADeadline() {
        String yaml = header("SE", "SEK") + """
                  - id: handover
                    day: 20
                    kind: escalation
                    actions: [collection]
                    pay_by_days: 5
                """;
        String source = " (inkassolagen (1974:182) 5 § tredje stycket and IMY's guidance on god inkassosed)";
        assertThat(rejected(yaml)).isEqualTo("w.yaml:10:5: stage 'handover': collection: collection demand gives 5 days"
                + " to pay; SE requires at least 8" + source);
        // no pay_by_days at all: the problem points at the stage
        assertThat(rejected(yaml.replace("    pay_by_days: 5\n", ""))).isEqualTo("w.yaml:6:5: stage 'handover':"
                + " collection: collection demand gives 0 days to pay; SE requires at least 8" + source);
        assertThat(loaded(yaml.replace("pay_by_days: 5", "pay_by_days: 8")).stages()).hasSize(1);
    }

    @Test
    void collectionWithoutTheRequiredNotice() {
        String yaml = header("NO", "NOK") + """
                  - id: handover
                    day: 30
                    kind: escalation
                    actions: [collection]
                    pay_by_days: 14
                """;
        assertThat(rejected(yaml)).isEqualTo("w.yaml:7:5: stage 'handover': collection: collection with no earlier"
                + " notice announcing it; NO requires one at least 14 days before (inkassoloven § 9)");
    }

    @Test
    void collectionTooSoonAfterANoticeWithTooShortADeadline() {
        String yaml = header("NO", "NOK") + """
                  - id: varsel
                    day: 5
                    kind: notice
                    actions: [letter]
                    pay_by_days: 10
                    announces_collection: true
                  - id: handover
                    day: 15
                    kind: escalation
                    actions: [collection]
                    pay_by_days: 14
                """;
        assertThat(rejected(yaml)).isEqualTo(String.join("\n",
                "w.yaml:10:5: stage 'varsel': letter: notice announcing collection gives 10 days to pay; NO requires at"
                        + " least 14 (inkassoloven § 9)",
                "w.yaml:13:5: stage 'handover': collection: collection 10 days after the notice announcing it; NO"
                        + " requires at least 14 (inkassoloven § 9)"));
        assertThat(loaded(yaml.replace("day: 5", "day: 1").replace("pay_by_days: 10", "pay_by_days: 14")).stages()).hasSize(2);
    }

    @Test
    void collectionBeforeTheLegalDay() {
        String yaml = header("NO", "NOK") + """
                  - id: varsel
                    day: 0
                    kind: notice
                    actions: [letter]
                    pay_by_days: 14
                    announces_collection: true
                  - id: handover
                    day: 14
                    kind: escalation
                    actions: [collection]
                    pay_by_days: 14
                """;
        assertThat(rejected(yaml)).isEqualTo("w.yaml:13:5: stage 'handover': collection: collection on day 14 after due;"
                + " NO allows it from day 15 after due (inkassoloven § 9, inkassovarsel after the due date with a 14-day deadline)");
    }

    @Test
    void germanMahnungFeeBeforeDefault() {
        String yaml = header("DE", "EUR") + """
                  - id: mahnung
                    day: 21
                    kind: notice
                    actions: [letter]
                    fees: {letter: 2.50}
                    when: {customer_type: [business]}
                """;
        assertThat(rejected(yaml)).isEqualTo("w.yaml:7:5: stage 'mahnung': letter: fee-bearing reminder on day 21 after"
                + " due with no earlier reminder; DE allows it only once the debtor is in default: after an earlier reminder"
                + " or from day 31 after due (BGB § 286, only once the debtor is in default)");
    }

    @Test
    void noFeeToABusinessOnTopOfTheCompensation() {
        String yaml = header("DE", "EUR") + """
                  - id: reminder
                    day: 7
                    kind: notice
                    actions: [email]
                  - id: mahnung
                    day: 21
                    kind: notice
                    actions: [letter]
                    fees: {letter: 2.50}
                """;
        assertThat(loaded(yaml).claimCompensation()).isFalse();
        assertThat(rejected(yaml.replace("stages:", "claim_compensation: true\nstages:"))).isEqualTo("w.yaml:15:12:"
                + " stage 'mahnung': letter: a fee of 2.50 to a business debtor on top of the DE B2B compensation of 40.00,"
                + " which covers the creditor's own recovery costs (BGB § 288 Abs. 5 Satz 3, the flat rate counts against"
                + " recovery costs)");
        assertThat(loaded(yaml.replace("stages:", "claim_compensation: true\nstages:") + "    when: {customer_type: private}\n")
                .stages()).hasSize(2);
    }

    @Test
    void germanCollectionOfAConsumerWithoutAReminder() {
        String yaml = header("DE", "EUR") + """
                  - id: handover
                    day: 45
                    kind: escalation
                    actions: [collection]
                """;
        assertThat(rejected(yaml)).isEqualTo("w.yaml:7:5: stage 'handover': collection: collection to a consumer on day 45"
                + " after due with no earlier reminder; DE allows it only once the debtor is in default, for a consumer after"
                + " an earlier reminder (BGB § 286, collection costs are owed only in default)");
        assertThat(loaded(yaml + "    when: {customer_type: business}\n").stages()).hasSize(1);
    }

    @Test
    void aStageForAnotherCountryIsCheckedAgainstThatCountrysLaw() {
        String yaml = header("SE", "SEK") + """
                  - id: norway
                    day: 14
                    kind: notice
                    actions: [letter]
                    fees: {letter: 60}
                    pay_by_days: 10
                    when: {country: [NO]}
                """;
        assertThat(rejected(yaml)).isEqualTo(String.join("\n",
                "w.yaml:10:5: stage 'norway': the stage applies to NO debtors, whose fee caps are in NOK, but the workflow"
                        + " bills in SEK; give NO a workflow of its own",
                "w.yaml:11:5: stage 'norway': letter: fee-bearing reminder gives 10 days to pay; NO requires at least 14"
                        + " (inkassoforskriften § 1-3 and Altinn's guidance)"));
    }

    @Test
    void theWorkflowMustBillInItsCountrysCurrency() {
        String yaml = header("SE", "EUR") + "  - {id: nudge, day: 0, kind: notice, actions: [email]}\n";
        assertThat(rejected(yaml)).isEqualTo("w.yaml:3:1: currency EUR is not SE's SEK, in which its fee caps are set");
    }

    @Test
    void theLawIsCheckedOnceTheFileReadsCleanly() {
        String yaml = header("SE", "SEK") + "  - {id: d, day: 14, kind: decision, actions: [none, letter], fees: {letter: 80}, colour: red}\n";
        assertThat(rejected(yaml)).startsWith("w.yaml:6:83: unknown key 'colour' in a stage").doesNotContain("cap");
    }
}
