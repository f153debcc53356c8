package org.smartdunning.cli;

import java.util.Locale;
import org.smartdunning.experiments.analysis.Interval;
import org.smartdunning.experiments.analysis.TrueEffect;

/** One line per arm of a simulated experiment: the estimated effect on the paid share, its interval and the truth. */
final class TrueEffectText {
    private TrueEffectText() {
    }

    static String format(TrueEffect e) {
        Interval i = e.estimate();
        String estimate = i.estimate() == null ? "not estimated (no closed invoice)"
                : i.low() == null ? "estimated " + points(i.estimate()) + " (no interval)"
                : "estimated " + points(i.estimate()) + " (95% " + signed(i.low()) + " to " + points(i.high()) + ")";
        String truth = Double.isNaN(e.truth()) ? "no truth" : "true " + points(e.truth());
        return String.format(Locale.ROOT, "experiment %s, %s against %s, paid within the horizon on %,d closed"
                        + " invoices: %s, %s: %s", e.experiment(), e.arm(), e.control(), e.invoices(), estimate, truth,
                e.covered() ? "the interval covers the truth" : "the interval MISSES the truth");
    }

    /** A share's difference in percentage points, signed. */
    private static String points(double share) {
        return signed(share) + " points";
    }

    private static String signed(double share) {
        return String.format(Locale.ROOT, "%+.2f", share * 100);
    }
}
