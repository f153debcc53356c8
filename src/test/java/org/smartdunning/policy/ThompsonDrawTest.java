package org.smartdunning.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ThompsonDrawTest {
    /** The draw as first written: every candidate's normal sample computed, in candidate order. */
    private static double[] everySample(double[] values, double[] sigma, int draws, SplittableRandom random) {
        double[] wins = new double[values.length];
        for (int d = 0; d < draws; d++) {
            int best = 0;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < values.length; i++) {
                double u = random.nextDouble();
                double v = values[i] + sigma[i] * ThompsonDraw.gaussian(u, random.nextDouble());
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            wins[best]++;
        }
        for (int i = 0; i < wins.length; i++) {
            wins[i] /= draws;
        }
        return wins;
    }

    @Test
    void skippingCandidatesThatCannotWinChangesNoProbabilityAndNoLaterDraw() {
        SplittableRandom cases = new SplittableRandom(20261207);
        int skippedSomewhere = 0;
        for (int c = 0; c < 3_000; c++) {
            int n = 1 + cases.nextInt(5);
            double[] values = new double[n];
            double[] sigma = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = cases.nextInt(4) == 0 ? 100 : Math.round(cases.nextDouble(-1_000, 300) * 100) / 100.0;
                sigma[i] = switch (cases.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> cases.nextDouble(0, 1e-6);
                    case 2 -> cases.nextDouble(0, 20);
                    default -> cases.nextDouble(0, 500);
                };
            }
            long seed = cases.nextLong();
            SplittableRandom a = new SplittableRandom(seed);
            SplittableRandom b = new SplittableRandom(seed);
            assertThat(ThompsonDraw.probabilities(values, sigma, 400, a))
                    .as("case %d", c).containsExactly(everySample(values, sigma, 400, b));
            assertThat(a.nextLong()).as("the generator left where it was").isEqualTo(b.nextLong());
            double top = java.util.Arrays.stream(values).max().orElseThrow();
            for (int i = 0; i < n; i++) {
                skippedSomewhere += values[i] + 9 * sigma[i] < top ? 1 : 0;
            }
        }
        assertThat(skippedSomewhere).as("cases where a candidate cannot win").isGreaterThan(1_000);
    }

    @Test
    void tiesGoToTheFirstCandidate() {
        double[] p = ThompsonDraw.probabilities(new double[] {5, 7, 7, 7}, new double[] {0, 0, 0, 0}, 50,
                new SplittableRandom(1));
        assertThat(p).containsExactly(0, 1, 0, 0);
    }
}
