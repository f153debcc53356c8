package org.smartdunning.law;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartdunning.history.Money;

/**
 * What a late debtor owes beyond the invoice under the country's law: statutory interest, the capped reminder
 * fee and the flat B2B compensation. Interest is simple interest, actual/365, on the reference rate of each day
 * plus the country's margin for the debtor, rounded once to cents, half-even.
 */
public final class LateCharges {
    /** Percent times days in a year: the divisor of actual/365 simple interest on a percentage rate. */
    private static final BigDecimal PERCENT_DAYS = BigDecimal.valueOf(36_500);
    private static final int EXACT_SCALE = 12;

    private final ReferenceRates rates;

    public LateCharges(ReferenceRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /**
     * Interest on {@code principal} for the days after {@code dueOn} plus the law's grace days, through
     * {@code until}. In Germany interest runs only in default, which begins at the latest 30 days after the
     * due date (the grace days; for a consumer only if the invoice said so, BGB § 286(3)); when a reminder
     * brought default earlier, use {@link #interestSince} with that day.
     */
    public Money interest(CountryLaw law, DebtorKind debtor, Money principal, LocalDate dueOn, LocalDate until) {
        return interestSince(law, debtor, principal, dueOn.plusDays(law.interestGraceDays()), until);
    }

    /** Interest for the days after {@code start} through {@code until}, with no grace days. */
    public Money interestSince(CountryLaw law, DebtorKind debtor, Money principal, LocalDate start, LocalDate until) {
        BigDecimal total = BigDecimal.ZERO;
        for (InterestPeriod period : interestPeriods(law, debtor, principal, start, until)) {
            total = total.add(period.exactAmount());
        }
        return toMoney(total);
    }

    /**
     * The days after {@code start} through {@code until}, split where the rate changes. Throws
     * {@link ReferenceRateMissingException} when a day's reference rate is not known.
     */
    public List<InterestPeriod> interestPeriods(CountryLaw law, DebtorKind debtor, Money principal, LocalDate start,
                                                LocalDate until) {
        if (principal.isNegative()) {
            throw new IllegalArgumentException("principal must not be negative, was " + principal);
        }
        BigDecimal margin = law.interestMargin(debtor);
        List<InterestPeriod> periods = new ArrayList<>();
        LocalDate first = null;
        BigDecimal rate = null;
        for (LocalDate day = start.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
            // a negative reference rate could push the sum below zero; a debtor never earns interest by paying late
            BigDecimal dayRate = rates.ratePercentOn(law.country(), day).add(margin).max(BigDecimal.ZERO);
            if (rate == null || dayRate.compareTo(rate) != 0) {
                addPeriod(periods, principal, first, day.minusDays(1), rate);
                first = day;
                rate = dayRate;
            }
        }
        addPeriod(periods, principal, first, until, rate);
        return List.copyOf(periods);
    }

    /** The requested reminder fee, lowered to the country's cap. */
    public Money cappedReminderFee(CountryLaw law, Money requested) {
        if (requested.isNegative()) {
            throw new IllegalArgumentException("fee must not be negative, was " + requested);
        }
        return requested.compareTo(law.reminderFeeCap()) > 0 ? law.reminderFeeCap() : requested;
    }

    /** The flat compensation for late payment: the law's B2B amount for a business, zero for a consumer. */
    public Money compensation(CountryLaw law, DebtorKind debtor) {
        return debtor == DebtorKind.BUSINESS ? law.b2bCompensation() : Money.ZERO;
    }

    private static void addPeriod(List<InterestPeriod> periods, Money principal, LocalDate first, LocalDate last,
                                  BigDecimal rate) {
        if (first == null) {
            return;
        }
        int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        BigDecimal exact = principal.toBigDecimal().multiply(rate).multiply(BigDecimal.valueOf(days))
                .divide(PERCENT_DAYS, EXACT_SCALE, RoundingMode.HALF_EVEN);
        periods.add(new InterestPeriod(first, last, rate, days, exact));
    }

    private static Money toMoney(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact());
    }
}
