package org.smartdunning.policy.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecisionsFileTest {
    @Test
    void numbersAreWhatFormatWritesWithFourDecimals() {
        double[] edges = {0.0, -0.0, 0.00005, -0.00005, 0.000049999, 1.00005, -9.99995, 4.99995, 2.5e-5, -1e-10,
            1e-5, 123456789.123456789, 1e15, -1e15, 0.12345, 0.12355, Double.MIN_VALUE, -Double.MIN_VALUE};
        for (double v : edges) {
            assertEquals(String.format(Locale.ROOT, "%.4f", v), DecisionsFile.number(v), "value " + v);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> (random.nextDouble() - 0.5) * 20_000;
                // four decimals and a half: where rounding decides
                case 2 -> (random.nextInt(2_000_000) - 1_000_000) / 1e4 + (random.nextBoolean() ? 5e-5 : -5e-5);
                default -> Double.longBitsToDouble(random.nextLong()) % 1e6;
            };
            if (Double.isFinite(v)) {
                assertEquals(String.format(Locale.ROOT, "%.4f", v), DecisionsFile.number(v), "value " + v);
            }
        }
    }

    @Test
    void anUnknownNumberIsAnEmptyField() {
        assertEquals("", DecisionsFile.number(Double.NaN));
    }
}
