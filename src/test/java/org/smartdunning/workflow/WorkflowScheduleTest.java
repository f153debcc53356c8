package org.smartdunning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartdunning.channels.Creditor;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;

class WorkflowScheduleTest {
    static final SegmentCondition MANUAL_PAYERS = new SegmentCondition(Set.of(), Set.of(), null, null,
            Set.of("paper", "e_invoice"), Set.of());
    static final SegmentCondition HIGH_RISK_FROM_100 = new SegmentCondition(Set.of(), Set.of(), Money.parse("100"), null,
            Set.of(), Set.of(RiskBand.HIGH));
    static final Workflow WORKFLOW = new Workflow("t", "SE", "SEK", new Creditor("T AB", "", "", "", "", ""), "sv", 10, List.of(
            stage("early", -3, StageKind.NOTICE, MANUAL_PAYERS),
            stage("decision", 14, StageKind.DECISION, SegmentCondition.ANY),
            stage("escalation", 35, StageKind.ESCALATION, HIGH_RISK_FROM_100)));

    static Stage stage(String id, int day, StageKind kind, SegmentCondition when) {
        List<DunningAction> actions = switch (kind) {
            case NOTICE -> List.of(DunningAction.SMS, DunningAction.EMAIL);
            case DECISION -> List.of(DunningAction.NONE, DunningAction.LETTER);
            case ESCALATION -> List.of(DunningAction.COLLECTION);
        };
        return new Stage(id, day, kind, actions, id, "neutral", Map.of(), 10, when, 0);
    }

    static SegmentFacts facts(String method, String amount, RiskBand risk) {
        return new SegmentFacts(CustomerType.PRIVATE, "SE", Money.parse(amount), method, risk);
    }

    @Test
    void aStageRunsOnItsDayForInvoicesItsConditionMatches() {
        assertThat(WORKFLOW.stagesOn(-3, facts("paper", "300", RiskBand.LOW))).extracting(Stage::id).containsExactly("early");
        assertThat(WORKFLOW.stagesOn(-3, facts("direct_debit", "300", RiskBand.LOW))).isEmpty();
        assertThat(WORKFLOW.stagesOn(-2, facts("paper", "300", RiskBand.LOW))).isEmpty();
        assertThat(WORKFLOW.stagesOn(14, facts("", "300", null))).extracting(Stage::id).containsExactly("decision");
    }

    @Test
    void escalationNeedsHighRiskAndTheMinimumAmount() {
        assertThat(WORKFLOW.stagesOn(35, facts("paper", "100", RiskBand.HIGH))).extracting(Stage::id).containsExactly("escalation");
        assertThat(WORKFLOW.stagesOn(35, facts("paper", "99.99", RiskBand.HIGH))).isEmpty();
        assertThat(WORKFLOW.stagesOn(35, facts("paper", "500", RiskBand.MEDIUM))).isEmpty();
        assertThat(WORKFLOW.stagesOn(35, facts("paper", "500", null))).as("no model score yet").isEmpty();
    }

    @Test
    void aRunThatMissedDaysCatchesUpInOrder() {
        assertThat(WORKFLOW.stagesBetween(-10, 40, facts("paper", "500", RiskBand.HIGH))).extracting(Stage::id)
                .containsExactly("early", "decision", "escalation");
        assertThat(WORKFLOW.stagesBetween(14, 34, facts("paper", "500", RiskBand.HIGH))).isEmpty();
    }

    @Test
    void stagesAreFoundById() {
        assertThat(WORKFLOW.stage("decision")).map(Stage::day).contains(14);
        assertThat(WORKFLOW.stage("nope")).isEmpty();
    }

    @Test
    void theCustomersLanguageIsUsedWhenSupported() {
        assertThat(WORKFLOW.languageFor("en")).isEqualTo("en");
        assertThat(WORKFLOW.languageFor("fi")).isEqualTo("sv");
        assertThat(WORKFLOW.languageFor(null)).isEqualTo("sv");
    }

    @Test
    void riskBandsFollowTheDocumentedThresholds() {
        assertThat(RiskBand.of(0.85)).isEqualTo(RiskBand.LOW);
        assertThat(RiskBand.of(0.8499)).isEqualTo(RiskBand.MEDIUM);
        assertThat(RiskBand.of(0.6)).isEqualTo(RiskBand.MEDIUM);
        assertThat(RiskBand.of(0.5999)).isEqualTo(RiskBand.HIGH);
        assertThat(RiskBand.of(0)).isEqualTo(RiskBand.HIGH);
        assertThatThrownBy(() -> RiskBand.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskBand.of(1.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conditionsKnowWhenTheyOverlapAndWhenOneCoversAnother() {
        SegmentCondition business = new SegmentCondition(Set.of(CustomerType.BUSINESS), Set.of(), null, null, Set.of(), Set.of());
        SegmentCondition privateOnly = new SegmentCondition(Set.of(CustomerType.PRIVATE), Set.of(), null, null, Set.of(), Set.of());
        SegmentCondition upTo50 = new SegmentCondition(Set.of(), Set.of(), null, Money.parse("50"), Set.of(), Set.of());
        assertThat(business.mayOverlap(privateOnly)).isFalse();
        assertThat(business.mayOverlap(SegmentCondition.ANY)).isTrue();
        assertThat(upTo50.mayOverlap(HIGH_RISK_FROM_100)).isFalse();
        assertThat(SegmentCondition.ANY.covers(business)).isTrue();
        assertThat(business.covers(SegmentCondition.ANY)).isFalse();
        assertThat(SegmentCondition.ANY.covers(HIGH_RISK_FROM_100)).isTrue();
        assertThat(upTo50.covers(HIGH_RISK_FROM_100)).isFalse();
    }
}
