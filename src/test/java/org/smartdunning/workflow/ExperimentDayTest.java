package org.smartdunning.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.smartdunning.audit.AuditEntry;
import org.smartdunning.audit.AuditEvent;
import org.smartdunning.audit.StopReason;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.features.InvoiceFeatures;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.models.ModelProvenance;
import org.smartdunning.models.TrainOutcomeModels;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.Exploration;
import org.smartdunning.testing.HistoryBuilder;

/** A dunning day with an experiment at the decision stage: arms, holdout, eligibility, dates, fallbacks, law, holds. */
class ExperimentDayTest {
    static final LocalDate DUE = PlanDunningDayTest.DUE;
    static final LocalDate DAY = DUE.plusDays(14);

    final HistoryBuilder history = new HistoryBuilder();
    /** Invoices the policy was asked to decide, exploring or not. */
    final List<String> explored = new ArrayList<>();
    final List<String> settled = new ArrayList<>();

    ExperimentDayTest() {
        for (int i = 0; i < 40; i++) {
            history.customer("C" + i, LocalDate.of(2024, 1, 1), true, true, 299).invoice("I" + i, "C" + i, DUE, 299);
        }
        history.customer("X", LocalDate.of(2024, 1, 1), false, false, 299).invoice("IX", "X", DUE, 299);
    }

    static Experiment experiment(ExperimentArm arm, double holdout, SegmentCondition eligible, LocalDate start) {
        return new Experiment("letter-test", "decision", start, DUE.plusDays(60), 3, eligible, List.of(arm), holdout, 0);
    }

    static ExperimentArm arm(DunningAction action, double share, Money fee, int offset) {
        return new ExperimentArm(action.key(), share, Set.of(action), null, null, fee, offset, 0);
    }

    DailyPlan plan(Experiments experiments, LocalDate day, List<Hold> holds) {
        CreditorHistory h = history.build();
        StageDecider real = new PolicyStageDecider(TrainOutcomeModels.fallback(h, day, BusinessSettings.DEFAULTS),
                BusinessSettings.DEFAULTS, new Exploration(1, 5));
        StageDecider watched = new StageDecider() {
            @Override
            public List<Decision> decide(List<InvoiceFeatures> batch, Function<InvoiceFeatures, Set<DunningAction>> allowed) {
                batch.forEach(f -> explored.add(f.invoiceId().value()));
                return real.decide(batch, allowed);
            }

            @Override
            public List<Decision> decideWithoutExploring(List<InvoiceFeatures> batch,
                                                         Function<InvoiceFeatures, Set<DunningAction>> allowed) {
                batch.forEach(f -> settled.add(f.invoiceId().value()));
                return real.decideWithoutExploring(batch, allowed);
            }

            @Override
            public double[] payWithoutAction(List<InvoiceFeatures> batch) {
                return real.payWithoutAction(batch);
            }

            @Override
            public ModelProvenance provenance() {
                return real.provenance();
            }
        };
        Map<InvoiceId, List<StageRun>> done = new HashMap<>();
        return new PlanDunningDay(PlanDunningDayTest.WORKFLOW, experiments, PlanDunningDayTest.LAWS,
                PlanDunningDayTest.CHARGES, watched, 7, Clock.fixed(day.atTime(6, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC)).plan(day, h, done, holds);
    }

    static DunningEvent event(DailyPlan plan, String invoice) {
        return plan.events().stream().filter(e -> e.invoiceId().value().equals(invoice)).findFirst().orElseThrow();
    }

    static AuditEntry audit(DailyPlan plan, String invoice, AuditEvent kind) {
        return plan.audit().stream().filter(a -> a.invoiceId().value().equals(invoice) && a.event() == kind)
                .findFirst().orElseThrow();
    }

    @Test
    void armsTakeTheirActionWithTheirShareAndTheHoldoutKeepsTheStandardActionUnexplored() {
        Experiment e = experiment(arm(DunningAction.LETTER, 0.5, Money.ZERO, 0), 0.5, SegmentCondition.ANY, DUE);
        DailyPlan standard = plan(Experiments.NONE, DAY, List.of());
        explored.clear();
        DailyPlan plan = plan(new Experiments(List.of(e)), DAY, List.of());
        int arms = 0;
        for (int i = 0; i < 40; i++) {
            String invoice = "I" + i;
            Assignment a = e.assign("decision", new CustomerId("C" + i), ExperimentTest.PRIVATE_SE, DAY).orElseThrow();
            DunningEvent logged = event(plan, invoice);
            assertThat(logged.experiment()).isEqualTo("letter-test");
            assertThat(logged.arm()).isEqualTo(a.armName());
            assertThat(logged.propensity()).isEqualTo(0.5);
            if (a.holdout()) {
                assertThat(logged.action()).as("the standard process's action").isEqualTo(event(standard, invoice).action());
                assertThat(settled).contains(invoice);
                assertThat(audit(plan, invoice, AuditEvent.DECIDED).detail()).startsWith(
                        "experiment letter-test, holdout (share 0.5): ");
            } else {
                arms++;
                assertThat(logged.action()).isEqualTo(DunningAction.LETTER);
                assertThat(logged.fee()).as("the arm's fee, not the stage's 60").isEqualTo(Money.ZERO);
                assertThat(audit(plan, invoice, AuditEvent.ASSIGNED).detail())
                        .isEqualTo("experiment letter-test, arm letter (share 0.5)");
                assertThat(settled).doesNotContain(invoice);
            }
            assertThat(explored).as("no invoice in the experiment is explored").doesNotContain(invoice);
        }
        assertThat(arms).as("both groups drawn among 40").isBetween(10, 30);
        assertThat(plan.decisions()).as("the policy decided the holdout only").hasSize(40 - arms + 1);
    }

    @Test
    void theDayPlannedWithEveryoneInOneGroupGivesEachInvoiceDrawnIntoItTheActionItGot() {
        Experiment e = new Experiment("letter-test", "decision", DUE, DUE.plusDays(60), 3, SegmentCondition.ANY,
                List.of(arm(DunningAction.LETTER, 0.4, Money.ZERO, 0), arm(DunningAction.SMS, 0.3, null, 0)), 0.3, 0);
        Experiments experiments = new Experiments(List.of(e));
        DailyPlan drawn = plan(experiments, DAY, List.of());
        Map<String, DailyPlan> forced = new HashMap<>();
        for (String group : e.groups()) {
            forced.put(group, plan(experiments.forcedTo("letter-test", group), DAY, List.of()));
        }
        java.util.Set<String> groupsSeen = new java.util.HashSet<>();
        for (DunningEvent real : drawn.events()) {
            if ("letter-test".equals(real.experiment())) {
                groupsSeen.add(real.arm());
                DunningEvent same = event(forced.get(real.arm()), real.invoiceId().value());
                assertThat(same.action()).as(real.toString()).isEqualTo(real.action());
                assertThat(same.propensity()).as("certain when forced").isEqualTo(1.0);
            }
        }
        assertThat(groupsSeen).containsExactlyInAnyOrder("letter", "sms", "holdout");
        assertThat(forced.get("letter").events()).filteredOn(ev -> "letter-test".equals(ev.experiment())).hasSize(41)
                .allMatch(ev -> ev.action() == DunningAction.LETTER);
    }

    @Test
    void ineligibleInvoicesAndDaysOutsideTheExperimentGoThroughTheStageUntouched() {
        SegmentCondition large = new SegmentCondition(Set.of(), Set.of(), Money.parse("1000"), null, Set.of(), Set.of());
        for (Experiment e : List.of(experiment(arm(DunningAction.LETTER, 1, null, 0), 0, large, DUE),
                experiment(arm(DunningAction.LETTER, 1, null, 0), 0, SegmentCondition.ANY, DAY.plusDays(1)))) {
            explored.clear();
            DailyPlan plan = plan(new Experiments(List.of(e)), DAY, List.of());
            assertThat(plan.events()).allSatisfy(ev -> assertThat(ev.experiment()).isEqualTo(Experiment.ENGINE));
            assertThat(explored).hasSize(41);
            assertThat(plan.audit()).noneMatch(a -> a.event() == AuditEvent.ASSIGNED);
        }
    }

    @Test
    void anArmTheCustomerCannotTakeFallsBackAsTheStageSaysAndTheEventSaysSo() {
        Experiment e = experiment(arm(DunningAction.SMS, 1, null, 0), 0, SegmentCondition.ANY, DUE);
        DailyPlan plan = plan(new Experiments(List.of(e)), DAY, List.of());
        DunningEvent logged = event(plan, "IX");
        assertThat(logged.arm()).as("the arm drawn").isEqualTo("sms");
        assertThat(logged.action()).as("the stage's first action it can take").isEqualTo(DunningAction.NONE);
        assertThat(audit(plan, "IX", AuditEvent.ASSIGNED).detail()).isEqualTo("experiment letter-test, arm sms (share 1.0); "
                + "the arm's [sms] cannot be taken, fell back to the stage's none");
    }

    @Test
    void theLawCapsAnArmsFeeAndAHoldStopsIt() {
        Experiment e = experiment(arm(DunningAction.LETTER, 1, Money.parse("500"), 0), 0, SegmentCondition.ANY, DUE);
        Hold dispute = new Hold(1, HoldScope.INVOICE, "I1", HoldReason.DISPUTE, DUE, null, null, "");
        DailyPlan plan = plan(new Experiments(List.of(e)), DAY, List.of(dispute));
        assertThat(event(plan, "I0").fee()).as("Swedish reminder fee cap").isEqualTo(Money.parse("60"));
        assertThat(plan.events()).noneMatch(ev -> ev.invoiceId().value().equals("I1"));
        assertThat(audit(plan, "I1", AuditEvent.SKIPPED).detail()).startsWith("hold 1 (dispute)");
        assertThat(audit(plan, "I1", AuditEvent.SKIPPED).stopReason()).isEqualTo(StopReason.HOLD);
    }

    @Test
    void anArmsOffsetWaitsThenActs() {
        Experiment e = experiment(arm(DunningAction.EMAIL, 1, null, 3), 0, SegmentCondition.ANY, DUE);
        DailyPlan waiting = plan(new Experiments(List.of(e)), DAY, List.of());
        assertThat(waiting.events()).isEmpty();
        assertThat(audit(waiting, "I0", AuditEvent.SKIPPED).detail())
                .isEqualTo("experiment letter-test, arm email (share 1.0) waits until day +17");
        assertThat(audit(waiting, "I0", AuditEvent.SKIPPED).stopReason()).as("its own reason, not the law's")
                .isEqualTo(StopReason.EXPERIMENT_OFFSET);
        DailyPlan acting = plan(new Experiments(List.of(e)), DAY.plusDays(3), List.of());
        assertThat(event(acting, "I0").action()).isEqualTo(DunningAction.EMAIL);
        assertThat(event(acting, "I0").occurredOn()).isEqualTo(DAY.plusDays(3));
    }
}
