package org.smartdunning.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlattScalingTest {

    /** Margins uniform on [-2, 2] and labels drawn from sigmoid(a·margin + b). */
    private record Sample(double[] margins, float[] labels, float[] weights) {
        static Sample of(int n, double a, double b, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] margins = new double[n];
            float[] labels = new float[n];
            float[] weights = new float[n];
            for (int i = 0; i < n; i++) {
                margins[i] = 4 * (random.nextDouble() - 0.5);
                labels[i] = random.nextDouble() < PlattScaling.sigmoid(a * margins[i] + b) ? 1 : 0;
                weights[i] = 1;
            }
            return new Sample(margins, labels, weights);
        }
    }

    @Test
    void recoversTheSlopeAndInterceptThatGeneratedTheLabels() {
        Sample s = Sample.of(40_000, 0.5, -1, 3);

        PlattScaling fit = PlattScaling.fit(s.margins(), s.labels(), s.weights());

        assertThat(fit.a()).isCloseTo(0.5, within(0.06));
        assertThat(fit.b()).isCloseTo(-1.0, within(0.06));
    }

    @Test
    void fallsBackToIdentityWhenAllLabelsAreTheSame() {
        PlattScaling fit = PlattScaling.fit(new double[] {0, 1, 2}, new float[] {1, 1, 1}, new float[] {1, 1, 1});
        assertThat(fit).isEqualTo(PlattScaling.IDENTITY);
    }

    @Test
    void aLargeArmKeepsItsOwnSlopeAndASmallOneMostlyTheSharedSlope() {
        Sample large = Sample.of(40_000, 0.5, -1, 5);
        Sample small = Sample.of(60, 0.5, -1, 7);

        PlattScaling own = PlattScaling.fitTowards(large.margins(), large.labels(), large.weights(), 1.5, 500);
        PlattScaling shared = PlattScaling.fitTowards(small.margins(), small.labels(), small.weights(), 1.5, 500);
        PlattScaling alone = PlattScaling.fit(small.margins(), small.labels(), small.weights());

        assertThat(own.a()).as("40,000 rows outweigh 500 rows' worth of prior").isCloseTo(0.5, within(0.06));
        assertThat(own.b()).isCloseTo(-1.0, within(0.06));
        assertThat(Math.abs(shared.a() - 1.5)).as("60 rows move the slope little from the shared 1.5")
                .isLessThan(Math.abs(alone.a() - 1.5) / 3);
    }

    @Test
    void anArmWhoseOwnSlopeWouldNotBePositiveKeepsItsLevelAtTheSharedSlope() {
        Sample inverted = Sample.of(2_000, -2.0, -1, 11);

        PlattScaling fit = PlattScaling.fitTowards(inverted.margins(), inverted.labels(), inverted.weights(), 0.5, 500);

        double predicted = 0;
        double observed = 0;
        for (int i = 0; i < inverted.margins().length; i++) {
            predicted += fit.probability(inverted.margins()[i]);
            observed += inverted.labels()[i];
        }
        assertThat(fit.a()).as("the shared slope").isEqualTo(0.5);
        assertThat(predicted / 2_000).as("the arm's own level, not the shared calibration's")
                .isCloseTo(observed / 2_000, within(1e-6));
    }

    /** Rare labels far out on the margins, a few heavily weighted rows: full Newton steps sent the slope to ±10⁷. */
    @Test
    void convergesWhereFullNewtonStepsOvershoot() {
        for (long seed : new long[] {54, 102, 179, 185, 198}) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 1_200;
            double[] margins = new double[n];
            float[] labels = new float[n];
            float[] weights = new float[n];
            double observed = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                margins[i] = -8 + 8 * random.nextDouble();
                labels[i] = random.nextDouble() < PlattScaling.sigmoid(0.6 * margins[i] - 1.0) ? 1 : 0;
                weights[i] = i < 10 ? 40 : 1; // a small arm's rows at equal arm weight
                observed += weights[i] * labels[i];
                total += weights[i];
            }

            PlattScaling fit = PlattScaling.fit(margins, labels, weights);

            double predicted = 0;
            for (int i = 0; i < n; i++) {
                predicted += weights[i] * fit.probability(margins[i]);
            }
            assertThat(fit.a()).as("seed %d", seed).isBetween(0.05, 1.0);
            assertThat(predicted / total).as("seed %d: the fit's mean is the observed rate", seed)
                    .isCloseTo(observed / total, within(1e-6));
        }
    }
}
