package org.smartdunning.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.DecisionValue;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.evaluation.Evaluation;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;

class WorldBehaviourTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-06-01");

    @Test
    void theBestFixedActionDiffersBetweenWorlds() {
        Map<String, String> best = WorldPresets.names().stream().collect(Collectors.toMap(Function.identity(), w -> {
            List<TruthCase> cases = CollectingSink.generate(w, 15_000, 7).truth.stream().map(WorldBehaviourTest::truthCase).toList();
            Map<org.smartdunning.history.InvoiceId, DunningAction> none = cases.stream()
                    .collect(Collectors.toMap(TruthCase::invoiceId, c -> DunningAction.NONE));
            return new Evaluation(WorldPresets.named(w).business()).evaluate(cases, none).bestFixedAction().policy();
        }));
        assertThat(Set.copyOf(best.values())).as("best fixed action per world: %s", best).hasSizeGreaterThan(1);
    }

    @Test
    void inMixedCreditAlwaysNoneIsTheBestFixedActionYetTheOracleChasesAboutAQuarter() {
        List<TruthRow> truth = CollectingSink.generate("mixed-credit", 20_000, 1).truth;
        List<TruthCase> cases = truth.stream().map(WorldBehaviourTest::truthCase).toList();
        Map<org.smartdunning.history.InvoiceId, DunningAction> none = cases.stream()
                .collect(Collectors.toMap(TruthCase::invoiceId, c -> DunningAction.NONE));
        var report = new Evaluation(WorldPresets.named("mixed-credit").business()).evaluate(cases, none);
        assertThat(report.bestFixedAction().policy()).isEqualTo("always none");

        List<TruthRow> chased = truth.stream()
                .filter(t -> t.bestAction() == DunningAction.LETTER || t.bestAction() == DunningAction.COLLECTION).toList();
        assertThat((double) chased.size() / truth.size()).as("share the oracle sends a letter or to collection")
                .isBetween(0.2, 0.35);
        List<TruthRow> collected = chased.stream().filter(t -> t.bestAction() == DunningAction.COLLECTION).toList();
        assertThat(collected.stream().filter(t -> t.clv() < 0).count()).as("collection goes to negative lifetime value")
                .isGreaterThan(collected.size() * 9L / 10);
        double gain = chased.stream().mapToDouble(t -> t.values().get(t.bestAction()) - t.values().get(DunningAction.NONE))
                .sum() / truth.size();
        assertThat(gain).as("value per invoice the optimum keeps over always none by chasing them").isGreaterThan(40);
    }

    @Test
    void truthValuesAreTheContractValueOfTheTruthProbabilities() {
        CollectingSink world = CollectingSink.generate("costly-collection", 3_000, 3);
        DecisionValue value = new DecisionValue(WorldPresets.named("costly-collection").business());
        assertThat(world.truth).isNotEmpty();
        for (TruthRow t : world.truth) {
            double bestValue = Double.NEGATIVE_INFINITY;
            for (DunningAction a : DunningAction.values()) {
                double expected = value.of(a, t.amount().toDouble(), t.clv(), t.outcomes().get(a));
                assertThat(t.values().get(a)).isEqualTo(expected);
                boolean reachable = a != DunningAction.SMS && a != DunningAction.EMAIL
                        || a == DunningAction.SMS && t.reachableSms() || a == DunningAction.EMAIL && t.reachableEmail();
                bestValue = reachable ? Math.max(bestValue, expected) : bestValue;
            }
            assertThat(t.values().get(t.bestAction())).isEqualTo(bestValue);
        }
    }

    @Test
    void frictionMultipliesTheChurnHazardAsTheFieldFactsSay() {
        WorldParameters world = WorldPresets.named("nordic-telecom");
        RandomGenerator random = RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom").create(11);
        CustomerFactory factory = new CustomerFactory(world, random, AS_OF);
        TrueOutcomes model = new TrueOutcomes(world);
        double reminder = 0;
        double collection = 0;
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            HiddenTraits t = factory.next(new CustomerId("C" + i), AS_OF.minusYears(1)).traits();
            DecisionState state = new DecisionState(true, 2);
            double none = -Math.log(1 - model.churn(DunningAction.NONE, t, state));
            reminder += -Math.log(1 - model.churn(DunningAction.SMS, t, state)) / none;
            collection += -Math.log(1 - model.churn(DunningAction.COLLECTION, t, state)) / none;
        }
        assertThat(reminder / n).isCloseTo(2.0, within(0.15));
        assertThat(collection / n).isCloseTo(5.0, within(0.6));
    }

    @Test
    void mostStandardCollectionCasesWouldHavePaidWithoutIt() {
        CollectingSink world = CollectingSink.generate("nordic-telecom", 8_000, 5);
        List<Double> payAnyway = new ArrayList<>();
        world.ifNothing.forEach((event, p) -> {
            if (!event.isRandomised()) {
                assertThat(event.action()).isEqualTo(DunningAction.COLLECTION);
                payAnyway.add(p.pay());
            }
        });
        assertThat(payAnyway).hasSizeGreaterThan(5_000);
        assertThat(payAnyway.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isCloseTo(0.8, within(0.06));
    }

    @Test
    void experimentArmsAreDrawnAmongReachableActionsWithTheirPropensity() {
        CollectingSink world = CollectingSink.generate("email-first", 4_000, 9);
        Map<String, Customer> customers = world.customers.stream().collect(Collectors.toMap(c -> c.id().value(), c -> c));
        Map<String, String> customerOfInvoice = world.invoices.stream()
                .collect(Collectors.toMap(i -> i.id().value(), i -> i.customerId().value()));
        long randomised = 0;
        for (DunningEvent e : world.events) {
            Customer c = customers.get(customerOfInvoice.get(e.invoiceId().value()));
            if (!e.isRandomised()) {
                assertThat(e.propensity()).isEqualTo(1.0);
                assertThat(e.arm()).isNull();
                continue;
            }
            randomised++;
            int arms = 3 + (c.hasPhone() ? 1 : 0) + (c.hasEmail() ? 1 : 0);
            assertThat(e.propensity()).isEqualTo(1.0 / arms);
            assertThat(e.arm()).isEqualTo(e.action().key());
            assertThat(e.occurredOn()).isAfterOrEqualTo(AS_OF.minusMonths(12));
            if (!c.hasPhone()) {
                assertThat(e.action()).isNotEqualTo(DunningAction.SMS);
            }
            if (!c.hasEmail()) {
                assertThat(e.action()).isNotEqualTo(DunningAction.EMAIL);
            }
        }
        assertThat(randomised).isGreaterThan(300);
        assertThat(world.events.stream().filter(e -> e.action() == DunningAction.NONE)).isNotEmpty();
        assertThat(world.events.stream().filter(e -> e.action() == DunningAction.SMS)).isNotEmpty();
    }

    @Test
    void anUnknownWorldIsRejectedWithTheKnownNames() {
        assertThatThrownBy(() -> WorldPresets.named("moon"))
                .hasMessageContaining("moon").hasMessageContaining("nordic-telecom, email-first, costly-collection");
    }

    @Test
    void theBatchCycleIsDueOnThe18thAndIssuedOnThe1st() {
        BillingCalendar calendar = new BillingCalendar(AS_OF);
        assertThat(calendar.batchDue()).isEqualTo(LocalDate.parse("2026-05-18"));
        assertThat(calendar.cycleDue(calendar.cycles() - 1).minusDays(BillingCalendar.CYCLE_TERMS))
                .isEqualTo(LocalDate.parse("2024-06-01"));
    }

    static TruthCase truthCase(TruthRow t) {
        Map<DunningAction, OutcomeProbabilities> outcomes = t.outcomes();
        return new TruthCase(t.invoiceId(), t.amount().toDouble(), t.clv(), t.reachableSms(), t.reachableEmail(), outcomes);
    }
}
