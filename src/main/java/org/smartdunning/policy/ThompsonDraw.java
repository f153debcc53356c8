package org.smartdunning.policy;

import java.util.SplittableRandom;

/** The probability that each candidate is the best when values are uncertain, and one seeded draw from it. */
final class ThompsonDraw {
    private ThompsonDraw() {
    }

    /** Share of {@code draws} normal samples in which each candidate has the highest value. */
    static double[] probabilities(double[] values, double[] sigma, int draws, SplittableRandom random) {
        int n = values.length;
        double[] wins = new double[n];
        for (int d = 0; d < draws; d++) {
            int best = 0;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double v = values[i] + sigma[i] * gaussian(random);
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            wins[best]++;
        }
        for (int i = 0; i < n; i++) {
            wins[i] /= draws;
        }
        return wins;
    }

    /** Drops actions below the floor and renormalises, so no action is tried on a whim. */
    static double[] floor(double[] p, double min) {
        double[] out = new double[p.length];
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] >= min ? p[i] : 0;
            total += out[i];
        }
        for (int i = 0; i < p.length; i++) {
            out[i] /= total;
        }
        return out;
    }

    static int pick(double[] p, SplittableRandom random) {
        double u = random.nextDouble();
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                cumulative += p[i];
                last = i;
                if (u < cumulative) {
                    return i;
                }
            }
        }
        return last;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller from the seeded generator, so a decision can be replayed exactly
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
