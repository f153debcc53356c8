package org.smartdunning.workflow;

import java.util.Locale;

/**
 * How likely an invoice is to stay unpaid without action, from the probability that it is paid with no action:
 * at least 0.85 is LOW, at least 0.6 MEDIUM, below that HIGH.
 */
public enum RiskBand {
    LOW, MEDIUM, HIGH;

    /** Lower bound of P(paid without action) for {@link #LOW}. */
    public static final double LOW_FROM = 0.85;
    /** Lower bound of P(paid without action) for {@link #MEDIUM}. */
    public static final double MEDIUM_FROM = 0.6;

    /** The band of a probability in [0, 1] that the invoice is paid without any action. */
    public static RiskBand of(double probabilityPaidWithoutAction) {
        double p = probabilityPaidWithoutAction;
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, was " + p);
        }
        return p >= LOW_FROM ? LOW : p >= MEDIUM_FROM ? MEDIUM : HIGH;
    }

    /** Lower-case name used in workflow files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
