package org.smartdunning.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixedDecimalsTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 4})
    void isWhatFormatWrites(int decimals) {
        double half = 0.5 * Math.pow(10, -decimals);
        double[] edges = {0.0, -0.0, half, -half, half * 0.99999, 1 + half, -9.99995, 4.99995, 2.5e-5, -1e-10, 0.5,
            -0.5, 1.5, 2.5, 1e-5, 123456789.123456789, 1e15, -1e15, 0.12345, 0.12355, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : edges) {
            check(v, decimals);
        }
        SplittableRandom random = new SplittableRandom(7 + decimals);
        double unit = Math.pow(10, decimals);
        for (int i = 0; i < 100_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> (random.nextDouble() - 0.5) * 20_000;
                // the last decimal and a half: where rounding decides
                case 2 -> (random.nextInt(2_000_000) - 1_000_000) / unit + (random.nextBoolean() ? half : -half);
                default -> Double.longBitsToDouble(random.nextLong()) % 1e6;
            };
            check(v, decimals);
        }
    }

    private static void check(double v, int decimals) {
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), FixedDecimals.of(v, decimals), "value " + v);
        assertEquals(String.format(Locale.ROOT, "%+." + decimals + "f", v), FixedDecimals.signed(v, decimals),
                "value " + v);
    }
}
