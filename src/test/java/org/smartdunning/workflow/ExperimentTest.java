package org.smartdunning.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.CustomerType;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;

/** Assignment to an experiment's arms: stable per customer, in the shares asked for, only where and when it runs. */
class ExperimentTest {
    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate END = LocalDate.of(2026, 6, 30);
    static final SegmentFacts PRIVATE_SE = new SegmentFacts(CustomerType.PRIVATE, "SE", Money.parse("299"), "card", null);

    static Experiment experiment(long seed) {
        return new Experiment("letter-test", "decision", START, END, seed,
                new SegmentCondition(Set.of(CustomerType.PRIVATE), Set.of(), null, null, Set.of(), Set.of()),
                List.of(arm("sms", 0.5, DunningAction.SMS), arm("letter", 0.3, DunningAction.LETTER)), 0.2, 0);
    }

    static ExperimentArm arm(String name, double share, DunningAction action) {
        return new ExperimentArm(name, share, Set.of(action), null, null, null, 0, 0);
    }

    static String arm(Experiment e, String customer, LocalDate day) {
        return e.assign("decision", new CustomerId(customer), PRIVATE_SE, day).map(Assignment::armName).orElse("-");
    }

    @Test
    void aCustomerKeepsHisArmOnEveryDayAndInEveryRunAndTheSeedDrawsAfresh() {
        int moved = 0;
        for (int i = 0; i < 1_000; i++) {
            String customer = "C" + i;
            String first = arm(experiment(7), customer, START);
            assertThat(arm(experiment(7), customer, END)).isEqualTo(first);
            assertThat(arm(experiment(7), customer, START.plusDays(i % 90))).isEqualTo(first);
            moved += first.equals(arm(experiment(8), customer, START)) ? 0 : 1;
        }
        // two independent draws with these shares agree with probability 0.5² + 0.3² + 0.2² = 0.38
        assertThat(moved).as("another seed draws the customers afresh").isBetween(560, 680);
    }

    @Test
    void sharesHoldWithinSamplingErrorOverTenThousandCustomersAndArePropensities() {
        Experiment e = experiment(7);
        Map<String, Integer> counts = new TreeMap<>();
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            Assignment a = e.assign("decision", new CustomerId(String.format("C%06d", i)), PRIVATE_SE, START).orElseThrow();
            counts.merge(a.armName(), 1, Integer::sum);
            assertThat(a.propensity()).isEqualTo(Map.of("sms", 0.5, "letter", 0.3, "holdout", 0.2).get(a.armName()));
            assertThat(a.holdout()).isEqualTo(a.armName().equals(Experiment.HOLDOUT));
        }
        for (Map.Entry<String, Double> share : Map.of("sms", 0.5, "letter", 0.3, "holdout", 0.2).entrySet()) {
            double p = share.getValue();
            double sd = Math.sqrt(p * (1 - p) / n);
            assertThat(counts.get(share.getKey()) / (double) n).as(share.getKey() + " of " + counts)
                    .isBetween(p - 3 * sd, p + 3 * sd);
        }
    }

    @Test
    void forcedToAGroupDrawsEveryEligibleCustomerIntoItWithCertainty() {
        Experiment e = experiment(3);
        assertThat(e.groups()).containsExactly("sms", "letter", "holdout");
        for (String group : e.groups()) {
            Experiment forced = e.forcedTo(group);
            for (int i = 0; i < 200; i++) {
                Assignment a = forced.assign("decision", new CustomerId("C" + i), PRIVATE_SE, START).orElseThrow();
                assertThat(a.armName()).isEqualTo(group);
                assertThat(a.propensity()).isEqualTo(1.0);
            }
            assertThat(forced.assign("decision", new CustomerId("C1"), new SegmentFacts(CustomerType.BUSINESS, "SE",
                    Money.parse("299"), "card", null), START)).as("eligibility stays").isEmpty();
        }
    }

    @Test
    void ineligibleSegmentsOtherStagesAndDaysOutsideTheExperimentAreNotAssigned() {
        Experiment e = experiment(7);
        CustomerId c = new CustomerId("C1");
        assertThat(e.assign("decision", c, PRIVATE_SE, START)).isPresent();
        assertThat(e.assign("decision", c, new SegmentFacts(CustomerType.BUSINESS, "SE", Money.parse("299"), "card", null),
                START)).as("a business customer").isEmpty();
        assertThat(e.assign("escalation", c, PRIVATE_SE, START)).as("another stage").isEmpty();
        assertThat(e.assign("decision", c, PRIVATE_SE, START.minusDays(1))).as("before the start").isEmpty();
        assertThat(e.assign("decision", c, PRIVATE_SE, END.plusDays(1))).as("after the end").isEmpty();
    }

    @Test
    void anArmRunsTheStageWithItsActionFirstAndTheStagesAsFallbacks() {
        Stage decision = new Stage("decision", 14, StageKind.DECISION, List.of(DunningAction.NONE, DunningAction.SMS,
                DunningAction.LETTER), "reminder", "neutral", Map.of(DunningAction.LETTER, Money.parse("60")), 10,
                SegmentCondition.ANY, 0);
        ExperimentArm letterNoFee = new ExperimentArm("letter", 0.5, Set.of(DunningAction.LETTER), "friendly", "friendly",
                Money.ZERO, 3, 0);
        Stage run = letterNoFee.applyTo(decision);
        assertThat(run.id()).isEqualTo("decision");
        assertThat(run.actions()).containsExactly(DunningAction.LETTER, DunningAction.NONE, DunningAction.SMS);
        assertThat(run.fee(DunningAction.LETTER)).isEqualTo(Money.ZERO);
        assertThat(run.template()).isEqualTo("friendly");
        assertThat(run.payByDays()).isEqualTo(10);
        Assignment a = new Assignment("x", letterNoFee, "letter", 0.5);
        assertThat(a.waits(decision, 16)).isTrue();
        assertThat(a.waits(decision, 17)).isFalse();
        ExperimentArm anyReminder = new ExperimentArm("remind", 0.5, Set.of(DunningAction.EMAIL, DunningAction.SMS,
                DunningAction.LETTER), null, null, null, 0, 0);
        assertThat(anyReminder.applyTo(decision).actions()).as("the stage's reminders in its order, then the rest")
                .containsExactly(DunningAction.SMS, DunningAction.LETTER, DunningAction.EMAIL, DunningAction.NONE);
        assertThat(anyReminder.applyTo(decision).fee(DunningAction.LETTER)).as("no fee key: the stage's")
                .isEqualTo(Money.parse("60"));
    }
}
