package org.smartdunning.history;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in the invoice currency, held as hundredths so sums are exact and cheap;
 * the contract's amounts use a '.' decimal point and at most two decimals.
 */
public record Money(long cents) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    /** Parses "123.45"; throws {@link NumberFormatException} with a readable reason. */
    public static Money parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a decimal number: '" + text + "'");
        }
        if (value.scale() > 2) {
            throw new NumberFormatException("more than two decimals: '" + text + "'");
        }
        return new Money(value.movePointRight(2).longValueExact());
    }

    public static Money of(double amount) {
        return new Money(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact());
    }

    public double toDouble() {
        return cents / 100.0;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    public boolean isNegative() {
        return cents < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
