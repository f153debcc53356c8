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
}
