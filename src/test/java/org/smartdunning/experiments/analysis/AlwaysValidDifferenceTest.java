package org.smartdunning.experiments.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sequential test on seeded simulated experiments, peeked at after every invoice: with no true
 * difference it calls a stop in at most 5% of them, where a fixed-sample z-test read the same way
 * calls one far more often; with a true difference it resolves, in the right direction.
 */
class AlwaysValidDifferenceTest {
    static final int EXPERIMENTS = 400;
    static final int INVOICES = 1_500;

    @Test
    void theBoundaryIsTheNormalMixtureWorkedOutByHand() {
        ConfidenceSequence sequence = new ConfidenceSequence(1_000);
        for (int i = 0; i < 1_000; i++) {
            sequence.add(i % 2 == 0 ? 1 : -1); // mean 0, σ̂ = 1
        }
        // ρ² = (5.99146 + ln 6.99146) / 1000 = 0.0079361; tρ² = 7.9361
        // √(2 × 8.9361 / (1000 × 7.9361) × ln(√8.9361 / 0.05)) = √(0.00225201 × 4.09083) = 0.095983
        assertThat(sequence.radius()).isCloseTo(0.095983, within(1e-5));
        assertThat(sequence.radius()).as("wider than one look's 1.96/√1000 = 0.0620").isGreaterThan(0.062);
    }

    @Test
    void peekingAfterEveryInvoiceKeepsTheFalseStopsAtFivePercentWhereAFixedZTestDoesNot() {
        int sequentialStops = 0;
        int zTestStops = 0;
        for (int seed = 1; seed <= EXPERIMENTS; seed++) {
            List<ArmObservation> experiment = SimulatedExperiment.run(seed, INVOICES, 0);
            SequentialTest test = AlwaysValidDifference.of(experiment, SimulatedExperiment.TREATED,
                    SimulatedExperiment.CONTROL, Metric.VALUE, "value", "value per invoice");
            sequentialStops += test.resolvedOn() != null ? 1 : 0;
            zTestStops += PeekingZTest.everRejects(experiment) ? 1 : 0;
        }
        double sequentialRate = (double) sequentialStops / EXPERIMENTS;
        double zTestRate = (double) zTestStops / EXPERIMENTS;
        System.out.printf("false stops peeking after every invoice over %d experiments of %d invoices:"
                + " always-valid %.3f, fixed z-test %.3f%n", EXPERIMENTS, INVOICES, sequentialRate, zTestRate);
        assertThat(sequentialRate).isLessThanOrEqualTo(0.05);
        assertThat(zTestRate).as("the z-test read at every look").isGreaterThan(0.10);
    }

    @Test
    void aTrueDifferenceResolvesInItsDirection() {
        int resolved = 0;
        int wrongWay = 0;
        for (int seed = 1; seed <= 100; seed++) {
            List<ArmObservation> experiment = SimulatedExperiment.run(1_000 + seed, 2 * INVOICES, 0.15);
            SequentialTest test = AlwaysValidDifference.of(experiment, SimulatedExperiment.TREATED,
                    SimulatedExperiment.CONTROL, Metric.VALUE, "value", "value per invoice");
            resolved += test.resolved() ? 1 : 0;
            wrongWay += test.resolved() && test.interval().high() < 0 ? 1 : 0;
            if (seed == 1) {
                assertThat(test.verdict()).isEqualTo(test.resolved()
                        ? "treated beats control on value per invoice, always-valid 95%: stop may be called"
                        : "not yet resolved");
            }
        }
        System.out.printf("with 75 more value per invoice, %d of 100 experiments of %d invoices resolved%n", resolved,
                2 * INVOICES);
        assertThat(resolved).as("of 100 experiments with 75 more value per invoice").isGreaterThanOrEqualTo(80);
        assertThat(wrongWay).isZero();
    }

    @Test
    void tooFewInvoicesInAnArmIsNotYetResolved() {
        List<ArmObservation> few = SimulatedExperiment.run(7, 30, 0.5);
        SequentialTest test = AlwaysValidDifference.of(few, SimulatedExperiment.TREATED, SimulatedExperiment.CONTROL,
                Metric.PAID_WITHIN_HORIZON, "paid_within_horizon", "paid share");
        assertThat(test.resolved()).isFalse();
        assertThat(test.interval()).isEqualTo(Interval.none());
        assertThat(test.verdict()).isEqualTo("not yet resolved: treated and control need 20 closed invoices each");
        assertThat(test.invoices()).isEqualTo(30);
    }

    /** The fixed-sample test read after every invoice: the Hájek difference ± 1.96 standard errors. */
    static final class PeekingZTest {
        private PeekingZTest() {
        }

        static boolean everRejects(List<ArmObservation> ordered) {
            double[][] sums = new double[2][5]; // Σw, Σwy, Σw², Σw²y, Σw²y²
            int[] n = new int[2];
            for (ArmObservation o : ordered) {
                int side = o.arm().equals(SimulatedExperiment.TREATED) ? 0 : 1;
                double w = o.weight();
                double y = o.value();
                double[] s = sums[side];
                s[0] += w;
                s[1] += w * y;
                s[2] += w * w;
                s[3] += w * w * y;
                s[4] += w * w * y * y;
                n[side]++;
                if (n[0] >= SequentialTest.MIN_PER_ARM && n[1] >= SequentialTest.MIN_PER_ARM) {
                    double difference = mean(sums[0]) - mean(sums[1]);
                    double se = Math.hypot(se(sums[0], n[0]), se(sums[1], n[1]));
                    if (Math.abs(difference) > Interval.Z95 * se) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static double mean(double[] s) {
            return s[1] / s[0];
        }

        private static double se(double[] s, int n) {
            double m = mean(s);
            double squares = s[4] - 2 * m * s[3] + m * m * s[2];
            return Math.sqrt(Math.max(0, squares) * n / (n - 1)) / s[0];
        }
    }
}
