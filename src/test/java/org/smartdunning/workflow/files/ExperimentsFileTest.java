package org.smartdunning.workflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.files.CountryRulesFile;
import org.smartdunning.workflow.Experiment;
import org.smartdunning.workflow.ExperimentArm;
import org.smartdunning.workflow.Experiments;
import org.smartdunning.workflow.Workflow;

/** Experiments files: the example reads, and each kind of mistake is named at its line and column, all at once. */
class ExperimentsFileTest {
    static final CountryLaws LAWS = CountryRulesFile.bundled();
    static final Workflow WORKFLOW = WorkflowFile.load(Path.of("examples/workflows/se-telecom.yaml"), LAWS);
    /** Lines 1-7 of every file below; arms' keys start at column 9. */
    static final String VALID = """
            experiments:
              - name: letter-test
                stage: decision
                start: 2026-04-01
                end: 2026-06-30
                holdout: 0.5
                arms:
                  - name: letter
                    share: 0.5
                    action: reminder
                    channel: letter
            """;

    static Experiments parse(String yaml) {
        return ExperimentsFile.parse("x.yaml", yaml, WORKFLOW, 7, LAWS);
    }

    static String rejected(String yaml) {
        try {
            parse(yaml);
        } catch (ExperimentsRejectedException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted:\n" + yaml);
    }

    @Test
    void theExampleFileReadsWithEveryKey() {
        Experiments all = ExperimentsFile.load(Path.of("examples/experiments/se-telecom-reminders.yaml"), WORKFLOW, 7, LAWS);
        Experiment e = all.experiments().get(0);
        assertThat(e.name()).isEqualTo("reminder-channel-2026");
        assertThat(e.stage()).isEqualTo("decision");
        assertThat(e.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(e.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(e.seed()).isEqualTo(7);
        assertThat(e.holdout()).isEqualTo(0.2);
        assertThat(e.eligible().types()).containsExactly(CustomerType.PRIVATE);
        assertThat(e.eligible().minAmount()).isEqualTo(Money.parse("100"));
        assertThat(e.arms()).extracting(ExperimentArm::name).containsExactly("sms", "email-friendly", "letter-no-fee");
        ExperimentArm letter = e.arms().get(2);
        assertThat(letter.actions()).containsExactly(DunningAction.LETTER);
        assertThat(letter.fee()).isEqualTo(Money.ZERO);
        assertThat(letter.offsetDays()).isEqualTo(3);
        assertThat(e.arms().get(1).tone()).isEqualTo("friendly");
        assertThat(e.arms().get(0).fee()).as("no fee key: the stage's fee").isNull();
    }

    @Test
    void defaultsAndAReminderWithoutChannel() {
        Experiment e = parse(VALID.replace("        channel: letter\n", "")).experiments().get(0);
        assertThat(e.seed()).isEqualTo(ExperimentsFile.DEFAULT_SEED);
        assertThat(e.arms().get(0).actions()).containsExactlyInAnyOrder(DunningAction.SMS, DunningAction.EMAIL,
                DunningAction.LETTER);
        assertThat(e.arms().get(0).offsetDays()).isZero();
        assertThat(e.arms().get(0).line()).isEqualTo(8);
    }

    @Test
    void yamlSyntaxErrorAndEmptyFile() {
        assertThat(rejected(VALID.replace("stage: decision", "stage: decision: x")))
                .isEqualTo("x.yaml:3:20: YAML syntax error: mapping values are not allowed here");
        assertThat(rejected("")).startsWith("x.yaml:1:1: the file is empty; expected a mapping with the key experiments");
    }

    @Test
    void unknownAndMissingKeys() {
        assertThat(rejected(VALID.replace("    start: 2026-04-01\n", "    begin: 2026-04-01\n")).split("\n")).containsExactly(
                "x.yaml:2:5: an experiment is missing required key 'start'",
                "x.yaml:4:5: unknown key 'begin' in an experiment; allowed: arms, eligible, end, holdout, name, seed, stage, start");
    }

    @Test
    void everyProblemOfTheFileAtOnceInFileOrder() {
        String yaml = VALID.replace("stage: decision", "stage: friendly-reminder")
                .replace("end: 2026-06-30", "end: 2026-03-31")
                .replace("action: reminder", "action: collection")
                .replace("share: 0.5", "share: 1.5");
        assertThat(rejected(yaml).split("\n")).containsExactly(
                "x.yaml:3:12: stage 'friendly-reminder' runs on day -3; an experiment's stage must come after the due date, "
                        + "where its actions are logged as dunning events",
                "x.yaml:5:10: end 2026-03-31 is before start 2026-04-01",
                "x.yaml:9:16: share must be a number above 0 up to 1, such as 0.25, was '1.5'",
                "x.yaml:11:18: a channel goes with action reminder, not collection");
    }

    @Test
    void unknownStageAndNames() {
        assertThat(rejected(VALID.replace("stage: decision", "stage: decide")))
                .isEqualTo("x.yaml:3:12: unknown stage 'decide'; workflow se-telecom has friendly-reminder, due-nudge, "
                        + "decision, escalation");
        assertThat(rejected(VALID.replace("name: letter-test", "name: smart-dunning")))
                .startsWith("x.yaml:2:11: an experiment's name is 1 to 60 letters");
        assertThat(rejected(VALID.replace("name: letter\n", "name: holdout\n")))
                .startsWith("x.yaml:8:15: an arm's name is letters, digits");
    }

    @Test
    void sharesMustAddUpToOneAndCompareTwoGroups() {
        assertThat(rejected(VALID.replace("holdout: 0.5", "holdout: 0.4")))
                .isEqualTo("x.yaml:7:5: the arms' shares [0.5] and the holdout 0.4 add up to 0.9, not 1");
        assertThat(rejected(VALID.replace("    holdout: 0.5\n", "").replace("share: 0.5", "share: 1")))
                .isEqualTo("x.yaml:6:5: an experiment needs two arms, or an arm and a holdout, to compare");
        assertThat(rejected(VALID.replace("holdout: 0.5", "holdout: half")))
                .isEqualTo("x.yaml:6:14: holdout must be a number from 0 up to 1, such as 0.25, was 'half'");
    }

    @Test
    void feeOffsetToneAndDates() {
        assertThat(rejected(VALID.replace("channel: letter", "channel: sms\n        fee: 10")))
                .isEqualTo("x.yaml:12:14: sms cannot carry a fee; fees go with email, letter or collection");
        assertThat(rejected(VALID.replace("channel: letter", "channel: letter\n        offset_days: 8")))
                .isEqualTo("x.yaml:12:22: offset_days 8 is more than the 7 catch-up days (run.catch_up_days): the stage "
                        + "would be passed over before the arm's day");
        assertThat(rejected(VALID.replace("channel: letter", "channel: letter\n        tone: rude")))
                .isEqualTo("x.yaml:12:15: unknown tone 'rude'; allowed: firm, friendly, neutral");
        assertThat(rejected(VALID.replace("channel: letter", "channel: letter\n        offset_days: soon")))
                .isEqualTo("x.yaml:12:22: offset_days must be a whole number, was 'soon'");
        assertThat(rejected(VALID.replace("    holdout", "    seed: -1\n    holdout")))
                .isEqualTo("x.yaml:6:11: seed must be 0 or more, was -1");
        assertThat(rejected(VALID.replace("start: 2026-04-01", "start: 1 April")))
                .isEqualTo("x.yaml:4:12: start must be a day written YYYY-MM-DD, was '1 April'");
    }

    @Test
    void eligibilityUsesTheStageConditionVocabulary() {
        assertThat(rejected(VALID.replace("    holdout: 0.5", "    eligible: {segment: big}\n    holdout: 0.5")))
                .isEqualTo("x.yaml:6:16: unknown key 'segment' in eligible; allowed: amount, country, customer_type, "
                        + "payment_method, risk_band");
        assertThat(rejected(VALID.replace("    holdout: 0.5", "    eligible: {risk_band: [extreme]}\n    holdout: 0.5")))
                .isEqualTo("x.yaml:6:28: unknown risk band 'extreme'; allowed: low, medium, high");
    }

    @Test
    void twoExperimentsThatMayClaimTheSameInvoiceAreRefused() {
        String second = VALID.substring(VALID.indexOf("  - name")).replace("letter-test", "second")
                .replace("2026-04-01", "2026-06-01").replace("2026-06-30", "2026-07-31");
        assertThat(rejected(VALID + second)).isEqualTo("x.yaml:12:5: experiment 'second' may claim the same invoices as "
                + "'letter-test' (line 2): same stage, overlapping dates and segments; an invoice is randomised once");
        assertThat(parse(VALID + second.replace("2026-06-01", "2026-07-01")).experiments())
                .as("one after the other").hasSize(2);
        String business = second.replace("    holdout", "    eligible: {customer_type: [business]}\n    holdout");
        String privateOnly = VALID.replace("    holdout", "    eligible: {customer_type: [private]}\n    holdout");
        assertThat(parse(privateOnly + business).experiments()).as("segments apart").hasSize(2);
    }
}
