package org.smartdunning.law;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.smartdunning.history.Money;

/**
 * A stretch of days at one statutory interest rate, as a letter may list it.
 *
 * @param first       first day of interest
 * @param last        last day of interest
 * @param ratePercent the rate charged: reference rate plus margin, percent per year
 * @param days        number of days, {@code last - first + 1}
 * @param exactAmount the interest before rounding; totals add these, so rounding happens once
 */
public record InterestPeriod(LocalDate first, LocalDate last, BigDecimal ratePercent, int days, BigDecimal exactAmount) {
    /** The period's interest rounded to cents, half-even; the periods' rounded amounts may differ from the rounded total by a cent. */
    public Money amount() {
        return new Money(exactAmount.setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact());
    }
}
