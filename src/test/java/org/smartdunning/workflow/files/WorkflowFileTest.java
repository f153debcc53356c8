package org.smartdunning.workflow.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.files.CountryRulesFile;
import org.smartdunning.workflow.Workflow;

/** Broken workflow files, each rejected with every problem at its line and column. */
class WorkflowFileTest {
    static final CountryLaws LAWS = CountryRulesFile.bundled();
    /** Lines 1-9; stage keys start at column 5. */
    static final String HEADER = """
            workflow: t
            country: SE
            currency: SEK
            creditor: {name: Test AB}
            stages:
            """;
    static final String VALID = HEADER + """
              - id: nudge
                day: 0
                kind: notice
                actions: [email]
            """;

    static String rejected(String yaml) {
        try {
            WorkflowFile.parse("w.yaml", yaml, LAWS);
        } catch (WorkflowRejectedException e) {
            assertThat(e.problems()).isNotEmpty();
            return e.getMessage();
        }
        throw new AssertionError("accepted:\n" + yaml);
    }

    @Test
    void aSmallValidFileLoadsWithTheDocumentedDefaults() {
        Workflow w = WorkflowFile.parse("w.yaml", VALID, LAWS);
        assertThat(w.defaultLanguage()).as("the country's language").isEqualTo("sv");
        assertThat(w.inquiryPauseDays()).isEqualTo(10);
        assertThat(w.claimInterest()).isTrue();
        assertThat(w.claimCompensation()).isFalse();
        assertThat(w.stages().get(0).template()).as("the stage id").isEqualTo("nudge");
        assertThat(w.stages().get(0).line()).isEqualTo(6);
        assertThat(w.stages().get(0).payByDays()).isZero();
    }

    @Test
    void yamlSyntaxError() {
        assertThat(rejected(VALID.replace("country: SE", "country: SE: x")))
                .isEqualTo("w.yaml:2:12: YAML syntax error: mapping values are not allowed here");
    }

    @Test
    void notAMapping() {
        assertThat(rejected("- workflow: t\n")).isEqualTo("w.yaml:1:1: a workflow file must be a mapping with keys workflow,"
                + " country, currency, language, inquiry_pause_days, claim_interest, claim_compensation, creditor, stages, was a list");
        assertThat(rejected("")).startsWith("w.yaml:1:1: the file is empty");
    }

    @Test
    void unknownKeyNamesTheAllowedOnes() {
        assertThat(rejected(VALID.replace("creditor:", "langauge: sv\ncreditor:"))).isEqualTo("w.yaml:4:1: unknown key"
                + " 'langauge' in a workflow file; allowed: claim_compensation, claim_interest, country, creditor, currency,"
                + " inquiry_pause_days, language, stages, workflow");
        assertThat(rejected(VALID.replace("    day: 0", "    dya: 0"))).isEqualTo(String.join("\n",
                "w.yaml:6:5: a stage is missing required key 'day'",
                "w.yaml:7:5: unknown key 'dya' in a stage; allowed: actions, announces_collection, day, fees, id, kind,"
                        + " pay_by_days, template, tone, when"));
    }

    @Test
    void missingRequiredKey() {
        assertThat(rejected(VALID.replace("currency: SEK\n", "")))
                .isEqualTo("w.yaml:1:1: a workflow file is missing required key 'currency'");
    }

    @Test
    void wrongType() {
        assertThat(rejected(VALID.replace("day: 0", "day: \"soon\"")))
                .isEqualTo("w.yaml:7:10: day must be a whole number, was 'soon'");
        assertThat(rejected(VALID.replace("creditor: {name: Test AB}", "creditor: Test AB")))
                .startsWith("w.yaml:4:11: creditor must be a mapping with keys name, address,");
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        assertThat(rejected(VALID.replace("[email]", "[email, fax]")))
                .isEqualTo("w.yaml:9:22: unknown action 'fax'; allowed: none, sms, email, letter, collection");
        assertThat(rejected(VALID.replace("kind: notice", "kind: reminder")))
                .isEqualTo("w.yaml:8:11: unknown kind 'reminder'; allowed: notice, decision, escalation");
        assertThat(rejected(VALID.replace("country: SE", "country: FR")))
                .isEqualTo("w.yaml:2:10: unknown country 'FR'; allowed: DE, NO, SE");
        assertThat(rejected(VALID.replace("creditor:", "language: fi\ncreditor:")))
                .isEqualTo("w.yaml:4:11: unknown language 'fi'; allowed: de, en, nb, sv");
    }

    @Test
    void unknownRiskBandAndCustomerTypeAreBothReported() {
        assertThat(rejected(VALID + "    when: {risk_band: [extreme], customer_type: person}\n")).isEqualTo(String.join("\n",
                "w.yaml:10:24: unknown risk band 'extreme'; allowed: low, medium, high",
                "w.yaml:10:49: unknown customer type 'person'; allowed: private, business"));
    }

    @Test
    void duplicateStageId() {
        assertThat(rejected(VALID + "  - id: nudge\n    day: 5\n    kind: notice\n    actions: [sms]\n"))
                .isEqualTo("w.yaml:10:5: stage 'nudge': duplicate stage id 'nudge' (first at line 6)");
    }

    @Test
    void stageDaysMustIncrease() {
        assertThat(rejected(VALID + "  - id: early\n    day: -2\n    kind: notice\n    actions: [sms]\n"))
                .isEqualTo("w.yaml:11:5: stage 'early': day -2 is not after day 0 of the previous stage 'nudge';"
                        + " stages must be in increasing day order");
    }

    @Test
    void aDecisionNeedsAChoice() {
        assertThat(rejected(VALID.replace("kind: notice", "kind: decision")))
                .isEqualTo("w.yaml:9:5: stage 'nudge': a decision stage chooses among at least 2 actions, has 1");
    }

    @Test
    void feeOnAnActionThatCannotCarryOne() {
        assertThat(rejected(VALID.replace("day: 0", "day: 5").replace("[email]", "[sms, email]") + "    fees: {sms: 5}\n"))
                .isEqualTo("w.yaml:10:12: stage 'nudge': sms cannot carry a fee; fees go with email, letter or collection");
    }

    @Test
    void amountMinAboveMax() {
        assertThat(rejected(VALID + "    when: {amount: {min: 500, max: 100}}\n"))
                .isEqualTo("w.yaml:10:12: stage 'nudge': amount min 500.00 is above max 100.00");
    }

    @Test
    void everyProblemIsListedInFileOrder() {
        String yaml = VALID.replace("creditor:", "colour: red\ncreditor:").replace("day: 0", "day: soon")
                .replace("[email]", "[email, pigeon]") + "    tone: angry\n";
        assertThat(rejected(yaml)).isEqualTo(String.join("\n",
                "w.yaml:4:1: unknown key 'colour' in a workflow file; allowed: claim_compensation, claim_interest,"
                        + " country, creditor, currency, inquiry_pause_days, language, stages, workflow",
                "w.yaml:8:10: day must be a whole number, was 'soon'",
                "w.yaml:10:22: unknown action 'pigeon'; allowed: none, sms, email, letter, collection",
                "w.yaml:11:11: unknown tone 'angry'; allowed: firm, friendly, neutral"));
    }

    @Test
    void anUnreadableFileIsRejectedToo() {
        assertThatThrownBy(() -> WorkflowFile.load(Path.of("does-not-exist.yaml")))
                .isInstanceOf(WorkflowRejectedException.class).hasMessageStartingWith("does-not-exist.yaml: cannot be read");
    }
}
