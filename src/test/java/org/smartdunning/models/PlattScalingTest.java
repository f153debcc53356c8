package org.smartdunning.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlattScalingTest {

    @Test
    void recoversTheSlopeAndInterceptThatGeneratedTheLabels() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 40_000;
        double[] margins = new double[n];
        float[] labels = new float[n];
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            margins[i] = 4 * (random.nextDouble() - 0.5);
            labels[i] = random.nextDouble() < PlattScaling.sigmoid(0.5 * margins[i] - 1) ? 1 : 0;
            weights[i] = 1;
        }

        PlattScaling fit = PlattScaling.fit(margins, labels, weights);

        assertThat(fit.a()).isCloseTo(0.5, within(0.06));
        assertThat(fit.b()).isCloseTo(-1.0, within(0.06));
    }

    @Test
    void fallsBackToIdentityWhenAllLabelsAreTheSame() {
        PlattScaling fit = PlattScaling.fit(new double[] {0, 1, 2}, new float[] {1, 1, 1}, new float[] {1, 1, 1});
        assertThat(fit).isEqualTo(PlattScaling.IDENTITY);
    }
}
