package org.smartdunning.features;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A number with a fixed count of decimals, the text {@code String.format(Locale.ROOT, "%.Nf")} writes: rounded half
 * up from the shortest decimal that reads back as the value. Without {@code Formatter}, which took a third of
 * writing the decisions file and, for the reasons, compiled and ran for each of a batch's thousands of decisions.
 */
public final class FixedDecimals {
    private FixedDecimals() {
    }

    /** As {@code "%.<decimals>f"}. */
    public static String of(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        String text = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        // BigDecimal has no negative zero: -0.0 and what rounds to zero from below keep their sign, as in Formatter
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        return negative && text.charAt(0) != '-' ? "-" + text : text;
    }

    /** As {@code "%+.<decimals>f"}: the sign always written. */
    public static String signed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%+." + decimals + "f", v);
        }
        String text = of(v, decimals);
        return text.charAt(0) == '-' ? text : "+" + text;
    }
}
