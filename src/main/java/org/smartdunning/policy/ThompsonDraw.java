package org.smartdunning.policy;

import java.util.SplittableRandom;

/** The probability that each candidate is the best when values are uncertain, and one seeded draw from it. */
final class ThompsonDraw {
    private ThompsonDraw() {
    }

    /**
     * Box-Muller's largest |z| from {@link #gaussian}: its uniform is at least 2^-53, so √(−2 ln 2^-53) < 8.572.
     * A candidate whose value cannot reach the best of a draw even at this many of its sigmas cannot win it.
     */
    private static final double Z_BOUND = 8.6;

    /**
     * Share of {@code draws} normal samples in which each candidate has the highest value (ties to the first). Every
     * candidate's two uniforms are drawn in candidate order as always, so the draws replay; the logarithm and cosine
     * are computed only for candidates that could still win the draw, the likeliest first.
     */
    static double[] probabilities(double[] values, double[] sigma, int draws, SplittableRandom random) {
        int n = values.length;
        int[] likeliest = new int[n];
        for (int i = 0; i < n; i++) { // by value, highest first: a handful of candidates, inserted in place
            int j = i;
            for (; j > 0 && values[likeliest[j - 1]] < values[i]; j--) {
                likeliest[j] = likeliest[j - 1];
            }
            likeliest[j] = i;
        }
        double[] reach = new double[n];
        for (int i = 0; i < n; i++) {
            // the margin keeps the bound above any rounding of values[i] + sigma[i] * z
            reach[i] = values[i] + Z_BOUND * sigma[i] + 1e-9 * (1 + Math.abs(values[i]));
        }
        double[] first = new double[n];
        double[] second = new double[n];
        double[] wins = new double[n];
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < n; i++) {
                first[i] = random.nextDouble();
                second[i] = random.nextDouble();
            }
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i : likeliest) {
                if (best >= 0 && reach[i] < bestValue) {
                    continue;
                }
                double v = values[i] + sigma[i] * gaussian(first[i], second[i]);
                if (v > bestValue || (v == bestValue && best >= 0 && i < best)) {
                    bestValue = v;
                    best = i;
                }
            }
            wins[Math.max(best, 0)]++;
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

    /** Box-Muller from two of the seeded generator's uniforms, so a decision can be replayed exactly. */
    static double gaussian(double first, double second) {
        double u = 1 - first;
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * second);
    }
}
