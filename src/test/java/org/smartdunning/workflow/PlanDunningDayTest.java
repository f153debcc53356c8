package org.smartdunning.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.audit.AuditEvent;
import org.smartdunning.audit.StopReason;
import org.smartdunning.channels.OutboxEntry;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.LateCharges;
import org.smartdunning.law.files.CountryRulesFile;
import org.smartdunning.law.files.ReferenceRatesFile;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.policy.Exploration;
import org.smartdunning.testing.HistoryBuilder;
import org.smartdunning.workflow.files.WorkflowFile;

/** One dunning day planned from a workflow and a history: stages, holds, inquiry pauses, the law, the policy. */
class PlanDunningDayTest {
    static final CountryLaws LAWS = CountryRulesFile.bundled();
    static final LateCharges CHARGES = new LateCharges(ReferenceRatesFile.bundled());
    static final LocalDate DUE = LocalDate.of(2026, 3, 2);
    static final Workflow WORKFLOW = WorkflowFile.parse("test.yaml", String.join("\n",
            "workflow: test",
            "country: SE",
            "currency: SEK",
            "creditor: {name: Nordtel AB, email: faktura@nordtel.example}",
            "inquiry_pause_days: 10",
            "stages:",
            "  - {id: nudge, day: 0, kind: notice, actions: [sms, email, letter], template: nudge}",
            "  - id: decision",
            "    day: 14",
            "    kind: decision",
            "    actions: [none, sms, email, letter, collection]",
            "    fees: {letter: 60}",
            "    pay_by_days: 10",
            "    template: reminder",
            ""), LAWS);

    final HistoryBuilder history = new HistoryBuilder();
    final Map<InvoiceId, List<StageRun>> done = new HashMap<>();

    PlanDunningDayTest() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        history.customer("C1", start, true, true, 299).invoice("I1", "C1", DUE, 299)
                .customer("C2", start, true, false, 299).invoice("I2", "C2", DUE, 299)
                .customer("C3", start, false, false, 299).invoice("I3", "C3", DUE, 299);
    }

    DailyPlan plan(LocalDate day, List<Hold> holds) {
        CreditorHistory h = history.build();
        StageDecider decider = new PolicyStageDecider(TrainOutcomeModels.fallback(h, day, BusinessSettings.DEFAULTS),
                BusinessSettings.DEFAULTS, Exploration.NONE);
        DailyPlan plan = new PlanDunningDay(WORKFLOW, LAWS, CHARGES, decider, 7,
                Clock.fixed(day.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).plan(day, h, done, holds);
        plan.stageRuns().forEach(r -> done.computeIfAbsent(r.invoiceId(), k -> new java.util.ArrayList<>()).add(r));
        return plan;
    }

    static OutboxEntry message(DailyPlan plan, String invoice) {
        return plan.messages().stream().filter(m -> m.notice().invoiceId().value().equals(invoice)).findFirst().orElse(null);
    }

    static List<String> audit(DailyPlan plan, String invoice) {
        return plan.audit().stream().filter(a -> a.invoiceId().value().equals(invoice))
                .map(a -> a.event().key() + " " + a.stageId() + (a.action() == null ? "" : " " + a.action().key())).toList();
    }

    @Test
    void noticeTakesTheFirstActionTheCustomerCanBeReachedByAndKeepsTheRestAsFallbacks() {
        DailyPlan plan = plan(DUE, List.of());
        assertThat(message(plan, "I1").action()).isEqualTo(DunningAction.SMS);
        assertThat(message(plan, "I1").fallbacks()).containsExactly(DunningAction.EMAIL, DunningAction.LETTER);
        assertThat(message(plan, "I2").action()).isEqualTo(DunningAction.EMAIL);
        assertThat(message(plan, "I3").action()).isEqualTo(DunningAction.LETTER);
        assertThat(message(plan, "I1").key()).isEqualTo("I1.nudge");
        assertThat(plan.events()).as("a due-date nudge is not dunning of an overdue invoice").isEmpty();
        assertThat(plan(DUE, List.of()).messages()).as("a stage runs once").isEmpty();
    }

    @Test
    void disputeHoldStopsTheInvoiceAndTheStageRunsWhenItIsLifted() {
        Hold dispute = new Hold(1, HoldScope.INVOICE, "I1", HoldReason.DISPUTE, DUE.minusDays(1), null, DUE.plusDays(3), "");
        DailyPlan held = plan(DUE, List.of(dispute));
        assertThat(message(held, "I1")).isNull();
        assertThat(audit(held, "I1")).containsExactly("skipped nudge");
        assertThat(held.audit().stream().filter(a -> a.invoiceId().value().equals("I1")).findFirst().orElseThrow().detail())
                .startsWith("hold 1 (dispute) on invoice I1");
        assertThat(held.audit().stream().filter(a -> a.invoiceId().value().equals("I1")).findFirst().orElseThrow()
                .stopReason()).isEqualTo(StopReason.HOLD);
        assertThat(message(held, "I2")).as("other invoices go on").isNotNull();
        assertThat(message(plan(DUE.plusDays(3), List.of(dispute)), "I1").action()).isEqualTo(DunningAction.SMS);
    }

    @Test
    void customerServiceHoldStopsEveryInvoiceOfTheCustomer() {
        history.invoice("I1b", "C1", DUE, 120);
        Hold service = new Hold(2, HoldScope.CUSTOMER, "C1", HoldReason.SERVICE, DUE, null, null, "bereavement");
        DailyPlan plan = plan(DUE, List.of(service));
        assertThat(message(plan, "I1")).isNull();
        assertThat(message(plan, "I1b")).isNull();
        assertThat(audit(plan, "I1b")).containsExactly("skipped nudge");
    }

    @Test
    void paymentPlanHoldEndsByItselfAndAStageMissedForTooLongIsPassedOver() {
        Hold plan = new Hold(3, HoldScope.INVOICE, "I1", HoldReason.PAYMENT_PLAN, DUE, DUE.plusDays(12), null, "3 instalments");
        assertThat(message(plan(DUE, List.of(plan)), "I1")).isNull();
        DailyPlan late = plan(DUE.plusDays(11), List.of(plan));
        assertThat(message(late, "I1")).isNull();
        assertThat(audit(late, "I1")).as("eleven days late, past the 7-day catch-up").containsExactly("superseded nudge");
        DailyPlan resumed = plan(DUE.plusDays(14), List.of(plan));
        assertThat(audit(resumed, "I1")).anyMatch(a -> a.startsWith("decided decision"));
    }

    @Test
    void invoiceInquiryPausesDunningForTheWorkflowsDays() {
        history.inquiry("C2", DUE.minusDays(8), "I2");
        DailyPlan paused = plan(DUE, List.of());
        assertThat(message(paused, "I2")).isNull();
        assertThat(paused.audit().stream().filter(a -> a.invoiceId().value().equals("I2")).map(AuditEntry::detail))
                .containsExactly("invoice inquiry on 2026-02-22 pauses dunning until 2026-03-04");
        assertThat(paused.audit().stream().filter(a -> a.invoiceId().value().equals("I2")).map(AuditEntry::stopReason))
                .containsExactly(StopReason.INQUIRY);
        assertThat(message(plan(DUE.plusDays(1), List.of()), "I2")).isNull();
        assertThat(message(plan(DUE.plusDays(2), List.of()), "I2")).as("ten days after the inquiry, caught up").isNotNull();
    }

    @Test
    void paidInvoiceIsNotDunned() {
        history.payment("I1", DUE.minusDays(1), 299);
        history.payment("I2", DUE.minusDays(1), 200);
        DailyPlan plan = plan(DUE, List.of());
        assertThat(message(plan, "I1")).isNull();
        assertThat(message(plan, "I2").notice().amountDue().toBigDecimal()).isEqualByComparingTo("99.00");
    }

    @Test
    void decisionStageRecordsThePolicysChoiceWithItsModelAndPropensity() {
        done.put(new InvoiceId("I1"), new java.util.ArrayList<>(List.of(new StageRun(new InvoiceId("I1"), "nudge", "test",
                DUE, StageOutcome.ACTED, DunningAction.SMS, "I1.nudge"))));
        DailyPlan plan = plan(DUE.plusDays(14), List.of());
        AuditEntry decided = plan.audit().stream().filter(a -> a.event() == AuditEvent.DECIDED
                && a.invoiceId().value().equals("I1")).findFirst().orElseThrow();
        assertThat(decided.modelVersion()).startsWith("history-rules");
        assertThat(decided.propensity()).isEqualTo(1.0);
        DunningEvent event = plan.events().stream().filter(e -> e.invoiceId().value().equals("I1")).findFirst().orElseThrow();
        assertThat(event.action()).isEqualTo(decided.action());
        assertThat(event.experiment()).isEqualTo("smart-dunning");
        assertThat(event.occurredOn()).isEqualTo(DUE.plusDays(14));
    }

    @Test
    void norwegianDebtorGetsNoCollectionWithoutAnInkassovarselAndNoFeeWithTooShortADeadline() {
        history.customer("N1", LocalDate.of(2024, 1, 1), true, true, 299);
        history.invoice("N-1", "N1", DUE, 299);
        CreditorHistory h = history.build();
        DueInvoice due = new DueInvoice(h.invoice(new InvoiceId("N-1")), norwegian(h), h.invoice(new InvoiceId("N-1")).amount(),
                14, WORKFLOW.stages(), List.of());
        LawfulActions.Allowed allowed = new LawfulActions(WORKFLOW, LAWS, CHARGES)
                .of(due, WORKFLOW.stage("decision").orElseThrow(), h, DUE.plusDays(14));
        assertThat(allowed.actions()).doesNotContain(DunningAction.COLLECTION).contains(DunningAction.LETTER);
        assertThat(allowed.refusals()).anyMatch(r -> r.startsWith("collection: "))
                .as("a Norwegian fee reminder must give 14 days; the stage gives 10, so the letter goes without its fee")
                .anyMatch(r -> r.startsWith("letter fee dropped: "));
        assertThat(allowed.fees().get(DunningAction.LETTER).cents()).isZero();
    }

    private static org.smartdunning.history.Customer norwegian(CreditorHistory h) {
        var c = h.customer(new org.smartdunning.history.CustomerId("N1"));
        return new org.smartdunning.history.Customer(c.id(), c.createdOn(), null, c.type(), "NO", "nb", "0150", 1980,
                "e_invoice", c.email(), c.phone(), c.plan(), c.monthlyFee());
    }

    @Test
    void customerWhoCannotBeReachedClosesTheStageOnce() {
        Workflow smsOnly = new Workflow("sms-only", "SE", "SEK", WORKFLOW.creditor(), "sv", 10,
                List.of(new Stage("text", 0, StageKind.NOTICE, List.of(DunningAction.SMS), "nudge", "neutral", Map.of(), 0,
                        SegmentCondition.ANY, 0)));
        CreditorHistory h = history.build();
        StageDecider decider = new PolicyStageDecider(TrainOutcomeModels.fallback(h, DUE, BusinessSettings.DEFAULTS),
                BusinessSettings.DEFAULTS, Exploration.NONE);
        DailyPlan plan = new PlanDunningDay(smsOnly, LAWS, CHARGES, decider, 7, Clock.systemUTC()).plan(DUE, h, done, List.of());
        assertThat(audit(plan, "I2")).containsExactly("closed text");
        assertThat(plan.stageRuns()).filteredOn(r -> r.invoiceId().value().equals("I2"))
                .extracting(StageRun::outcome).containsExactly(StageOutcome.NOT_APPLICABLE);
        assertThat(message(plan, "I1").action()).isEqualTo(DunningAction.SMS);
    }
}
