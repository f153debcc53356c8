package org.smartdunning.experiments.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/** The arms' weighted means by hand, and their 95% intervals' coverage on seeded simulated experiments. */
class WeightedMeanTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    static ArmObservation valued(double value, double propensity) {
        return new ArmObservation(new InvoiceId("I" + value), "e", "a", DunningAction.SMS, propensity, DAY, DAY, value > 0,
                false, false, false, 0, 0, value);
    }

    @Test
    void hajekMeanAndItsLinearisedErrorByHand() {
        // weights 2 and 4: mean (2×10 + 4×20) / 6 = 16.667; Σw²(y−m)² = 13.333² + 13.333² = 355.56,
        // × n/(n−1) = 711.11, √ = 26.667, / Σw = 4.4444
        WeightedMean m = WeightedMean.of(List.of(valued(10, 0.5), valued(20, 0.25)), Metric.VALUE);
        assertThat(m.mean()).isCloseTo(16.6667, within(1e-4));
        assertThat(m.standardError()).isCloseTo(4.4444, within(1e-4));
        assertThat(m.interval().low()).isCloseTo(16.6667 - 1.96 * 4.4444, within(1e-3));
    }

    @Test
    void withEqualChancesItIsThePlainMeanAndSOverRootN() {
        WeightedMean m = WeightedMean.of(List.of(valued(1, 0.2), valued(2, 0.2), valued(6, 0.2)), Metric.VALUE);
        assertThat(m.mean()).isCloseTo(3, within(1e-12));
        // s² = (4 + 1 + 9) / 2 = 7; s / √3 = 1.5275
        assertThat(m.standardError()).isCloseTo(Math.sqrt(7.0 / 3), within(1e-12));
        assertThat(WeightedMean.of(List.of(valued(5, 1)), Metric.VALUE).interval()).as("one invoice: no spread")
                .isEqualTo(new Interval(5.0, null, null));
        assertThat(WeightedMean.of(List.of(), Metric.VALUE).interval()).isEqualTo(Interval.none());
    }

    @Test
    void aShareGetsWilsonsIntervalAtTheEffectiveSize() {
        // none of 20 equally weighted invoices: Wilson's upper bound 3.8415/20 / (1 + 3.8415/20) = 0.16113
        List<ArmObservation> none = java.util.Collections.nCopies(20, valued(0, 0.2));
        Interval share = WeightedMean.of(none, Metric.PAID_WITHIN_HORIZON).interval();
        assertThat(share.estimate()).isEqualTo(0.0);
        assertThat(share.low()).isEqualTo(0.0);
        assertThat(share.high()).isCloseTo(0.16113, within(1e-5));
        // weights 2 and 4 have Kish's effective size 36 / 20 = 1.8
        assertThat(WeightedMean.of(List.of(valued(10, 0.5), valued(20, 0.25)), Metric.PAID_WITHIN_HORIZON).effectiveN())
                .isCloseTo(1.8, within(1e-12));
    }

    @Test
    void theIntervalsCoverTheTruthAbout95PercentOfTheTimeWhereUnweightedMeansWouldNot() {
        int experiments = 1_000;
        int treatedCovered = 0;
        int differenceCovered = 0;
        int unweightedCovered = 0;
        for (int seed = 1; seed <= experiments; seed++) {
            List<ArmObservation> run = SimulatedExperiment.run(seed, 1_500, 0.1);
            List<ArmObservation> treated = run.stream().filter(o -> o.arm().equals(SimulatedExperiment.TREATED)).toList();
            List<ArmObservation> control = run.stream().filter(o -> o.arm().equals(SimulatedExperiment.CONTROL)).toList();
            WeightedMean t = WeightedMean.of(treated, Metric.VALUE);
            WeightedMean c = WeightedMean.of(control, Metric.VALUE);
            treatedCovered += t.interval().covers(SimulatedExperiment.trueValue(0.1)) ? 1 : 0;
            differenceCovered += t.minus(c).covers(500 * 0.1) ? 1 : 0;
            List<ArmObservation> equal = treated.stream().map(o -> valued(o.value(), 0.5)).toList();
            unweightedCovered += WeightedMean.of(equal, Metric.VALUE).interval()
                    .covers(SimulatedExperiment.trueValue(0.1)) ? 1 : 0;
        }
        System.out.printf("coverage of the 95%% intervals over %d experiments: treated arm %.3f, difference %.3f,"
                        + " unweighted treated mean %.3f%n", experiments, treatedCovered / (double) experiments,
                differenceCovered / (double) experiments, unweightedCovered / (double) experiments);
        assertThat(treatedCovered / (double) experiments).isBetween(0.93, 0.97);
        assertThat(differenceCovered / (double) experiments).isBetween(0.93, 0.97);
        assertThat(unweightedCovered / (double) experiments).as("ignoring the propensities").isLessThan(0.8);
    }
}
