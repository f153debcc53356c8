package org.smartdunning.workflow.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;
import org.smartdunning.workflow.RiskBand;
import org.smartdunning.workflow.SegmentFacts;
import org.smartdunning.workflow.Stage;
import org.smartdunning.workflow.StageKind;
import org.smartdunning.workflow.Workflow;

/** The shipped example workflows load, pass the law, and say what their comments say. */
class WorkflowExamplesTest {
    static final Path EXAMPLES = Path.of("examples", "workflows");

    @Test
    void swedishTelecomWorkflow() {
        Workflow w = WorkflowFile.load(EXAMPLES.resolve("se-telecom.yaml"));
        assertThat(w.name()).isEqualTo("se-telecom");
        assertThat(w.country()).isEqualTo("SE");
        assertThat(w.currency()).isEqualTo("SEK");
        assertThat(w.defaultLanguage()).isEqualTo("sv");
        assertThat(w.inquiryPauseDays()).isEqualTo(10);
        assertThat(w.claimInterest()).isTrue();
        assertThat(w.claimCompensation()).isFalse();
        assertThat(w.creditor().name()).isEqualTo("Nordtel Mobil AB");
        assertThat(w.creditor().address()).isEqualTo("Box 1234\n111 22 Stockholm");
        assertThat(w.stages()).extracting(Stage::id, Stage::day, Stage::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("friendly-reminder", -3, StageKind.NOTICE),
                org.assertj.core.groups.Tuple.tuple("due-nudge", 0, StageKind.NOTICE),
                org.assertj.core.groups.Tuple.tuple("decision", 14, StageKind.DECISION),
                org.assertj.core.groups.Tuple.tuple("escalation", 35, StageKind.ESCALATION));
        Stage decision = w.stage("decision").orElseThrow();
        assertThat(decision.actions()).containsExactly(DunningAction.NONE, DunningAction.SMS, DunningAction.EMAIL,
                DunningAction.LETTER, DunningAction.COLLECTION);
        assertThat(decision.fees()).isEqualTo(Map.of(DunningAction.LETTER, Money.parse("60")));
        assertThat(decision.payByDays()).isEqualTo(10);
        assertThat(decision.template()).isEqualTo("reminder");
        assertThat(w.stage("friendly-reminder").orElseThrow().actions()).containsExactly(DunningAction.SMS, DunningAction.EMAIL);
        assertThat(w.stage("friendly-reminder").orElseThrow().tone()).isEqualTo("friendly");
        assertThat(w.stage("due-nudge").orElseThrow().tone()).as("default tone").isEqualTo("neutral");
    }

    @Test
    void swedishTelecomSchedulesByPaymentMethodRiskAndAmount() {
        Workflow w = WorkflowFile.load(EXAMPLES.resolve("se-telecom.yaml"));
        assertThat(ids(w.stagesOn(-3, facts("direct_debit", "399", RiskBand.LOW)))).isEmpty();
        assertThat(ids(w.stagesOn(-3, facts("paper", "399", RiskBand.LOW)))).containsExactly("friendly-reminder");
        assertThat(ids(w.stagesOn(14, facts("direct_debit", "399", RiskBand.LOW)))).containsExactly("decision");
        assertThat(ids(w.stagesOn(35, facts("paper", "399", RiskBand.HIGH)))).containsExactly("escalation");
        assertThat(ids(w.stagesOn(35, facts("paper", "99", RiskBand.HIGH)))).isEmpty();
        assertThat(ids(w.stagesOn(35, facts("paper", "399", RiskBand.MEDIUM)))).isEmpty();
    }

    @Test
    void germanB2BSupplierWorkflow() {
        Workflow w = WorkflowFile.load(EXAMPLES.resolve("de-b2b-supplier.yaml"));
        assertThat(w.country()).isEqualTo("DE");
        assertThat(w.currency()).isEqualTo("EUR");
        assertThat(w.defaultLanguage()).isEqualTo("de");
        assertThat(w.inquiryPauseDays()).isEqualTo(14);
        assertThat(w.claimInterest()).isTrue();
        assertThat(w.claimCompensation()).isTrue();
        assertThat(w.creditor().name()).isEqualTo("Rheinmetallbau Großhandel GmbH");
        assertThat(ids(w.stages())).containsExactly("payment-reminder", "mahnung", "collection");
        Stage reminder = w.stage("payment-reminder").orElseThrow();
        assertThat(reminder.fees()).isEmpty();
        assertThat(reminder.actions()).containsExactly(DunningAction.EMAIL, DunningAction.LETTER);
        Stage mahnung = w.stage("mahnung").orElseThrow();
        assertThat(mahnung.day()).isEqualTo(21);
        assertThat(mahnung.fees()).as("the flat rate covers the dunning costs").isEmpty();
        assertThat(mahnung.actions()).containsExactly(DunningAction.LETTER, DunningAction.EMAIL);
        assertThat(mahnung.announcesCollection()).isTrue();
        Stage collection = w.stage("collection").orElseThrow();
        assertThat(collection.day()).isEqualTo(45);
        assertThat(collection.actions()).containsExactly(DunningAction.COLLECTION);
        assertThat(w.stagesOn(21, new SegmentFacts(CustomerType.PRIVATE, "DE", Money.parse("800"), "bank_transfer", null)))
                .as("a private buyer is not in this B2B workflow").isEmpty();
    }

    static SegmentFacts facts(String method, String amount, RiskBand risk) {
        return new SegmentFacts(CustomerType.PRIVATE, "SE", Money.parse(amount), method, risk);
    }

    static List<String> ids(List<Stage> stages) {
        return stages.stream().map(Stage::id).toList();
    }
}
