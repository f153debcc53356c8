package org.smartdunning.experiments.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;
import org.smartdunning.models.OutcomeLabels;
import org.smartdunning.simulation.GrowingHistory;
import org.smartdunning.world.DayFacts;
import org.smartdunning.world.LiveWorld;
import org.smartdunning.world.TruthRow;
import org.smartdunning.world.WorldParameters;
import org.smartdunning.world.WorldPresets;

/**
 * A small live world runs a seeded experiment by hand (letter, e-mail, and a holdout left alone) for two months and
 * lives on until every outcome is known: the analysis's intervals for the paid share cover the world's true effects
 * over the experiment's invoices, and a truth shifted by fifteen points is not covered, so the check can fail.
 */
class TrueEffectTest {
    static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    static final String EXPERIMENT = "channel-test";
    static final Map<String, Double> SHARES = Map.of("letter", 0.35, "email", 0.35, "holdout", 0.3);

    /** Per invoice, per group, the world's chance of payment within the horizon. */
    final Map<InvoiceId, Map<String, Double>> pay = new HashMap<>();

    static DunningAction action(String group, TruthRow truth) {
        return switch (group) {
            case "letter" -> DunningAction.LETTER;
            case "email" -> truth.reachableEmail() ? DunningAction.EMAIL : DunningAction.NONE;
            default -> DunningAction.NONE;
        };
    }

    static String draw(InvoiceId invoice) {
        double u = new SplittableRandom(invoice.value().hashCode() * 31L + 7).nextDouble();
        return u < 0.35 ? "letter" : u < 0.70 ? "email" : "holdout";
    }

    ObservedArms experiment() {
        WorldParameters parameters = WorldPresets.named(WorldPresets.DEFAULT);
        BusinessSettings business = parameters.business();
        GrowingHistory history = new GrowingHistory();
        LiveWorld world = LiveWorld.start(parameters, FROM, 4_000, 12, history);
        LocalDate last = FROM.plusDays(60);
        LocalDate asOf = last.plusMonths(business.churnWindowMonths()).plusDays(Math.max(business.horizonDays(),
                OutcomeLabels.INQUIRY_DAYS) + 1);
        for (LocalDate day = FROM; day.isBefore(asOf); day = day.plusDays(1)) {
            if (!day.isAfter(last)) {
                for (InvoiceId invoice : world.awaitingDecision(day)) {
                    TruthRow truth = world.truthRow(invoice).orElseThrow();
                    Map<String, Double> groups = new HashMap<>();
                    SHARES.keySet().forEach(g -> groups.put(g, truth.outcomes().get(action(g, truth)).pay()));
                    pay.put(invoice, groups);
                    String group = draw(invoice);
                    DunningAction taken = action(group, truth);
                    if (taken != DunningAction.NONE) {
                        world.act(invoice, taken, day);
                    }
                    history.event(new DunningEvent(invoice, day, taken, Money.ZERO, EXPERIMENT, group, SHARES.get(group)));
                }
            }
            DayFacts facts = world.advance(day);
            facts.invoices().forEach(history::invoice);
            facts.payments().forEach(history::payment);
            facts.inquiries().forEach(history::inquiry);
            facts.ended().forEach(history::customer);
        }
        return ObservedArms.of(history.snapshot(), business, asOf);
    }

    /** The recorded truth, with {@code shift} added to every arm's chance but the holdout's. */
    TrueEffect.PaymentTruth truth(double shift) {
        return new TrueEffect.PaymentTruth() {
            @Override
            public boolean knows(String experiment) {
                return experiment.equals(EXPERIMENT);
            }

            @Override
            public OptionalDouble pay(String experiment, InvoiceId invoice, String group) {
                Double p = pay.getOrDefault(invoice, Map.of()).get(group);
                return p == null ? OptionalDouble.empty() : OptionalDouble.of(p + (group.equals("holdout") ? 0 : shift));
            }
        };
    }

    @Test
    void theIntervalsCoverTheTrueEffectsAndAWrongTruthIsNotCovered() {
        ObservedArms observed = experiment();
        // the world's history has the logging policy's own experiment too, which the truth knows nothing of
        List<ExperimentResult> results = ExperimentAnalysis.of(observed, null).stream()
                .filter(r -> r.experiment().equals(EXPERIMENT)).toList();
        assertThat(results).extracting(ExperimentResult::control).containsExactly("holdout");
        assertThat(results.get(0).open()).as("every window closed").isZero();

        List<TrueEffect> effects = TrueEffect.of(observed, results, truth(0));
        assertThat(effects).extracting(TrueEffect::arm).containsExactly("email", "letter");
        for (TrueEffect e : effects) {
            assertThat(e.invoices()).isEqualTo(results.get(0).invoices()).isGreaterThan(300);
            assertThat(e.estimate().high() - e.estimate().low()).as("narrow enough to mean something").isLessThan(0.25);
            assertThat(e.covered()).as(e.toString()).isTrue();
        }
        assertThat(effects.get(1).truth()).as("a letter makes payment likelier than nothing").isGreaterThan(0.02);

        assertThat(TrueEffect.of(observed, results, truth(0.15))).as("fifteen points off").noneMatch(TrueEffect::covered);
        assertThat(TrueEffect.of(observed, results, new TrueEffect.PaymentTruth() {
            @Override
            public boolean knows(String experiment) {
                return false;
            }

            @Override
            public OptionalDouble pay(String experiment, InvoiceId invoice, String group) {
                return OptionalDouble.of(1);
            }
        })).as("only the experiments the truth was recorded for").isEmpty();
    }
}
