package org.smartdunning.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.Money;
import org.smartdunning.law.files.CountryRulesFile;
import org.smartdunning.law.files.ReferenceRatesFile;

/** Hand-computed figures on the bundled rates: interest = principal x rate% x days / 36,500, rounded once. */
class LateChargesTest {
    static final CountryLaws LAWS = CountryRulesFile.bundled();
    static final LateCharges CHARGES = new LateCharges(ReferenceRatesFile.bundled());
    static final CountryLaw SE = LAWS.of("SE").orElseThrow();
    static final CountryLaw NO = LAWS.of("NO").orElseThrow();
    static final CountryLaw DE = LAWS.of("DE").orElseThrow();

    static Money interest(CountryLaw law, DebtorKind debtor, String principal, String dueOn, String until) {
        return CHARGES.interest(law, debtor, Money.parse(principal), LocalDate.parse(dueOn), LocalDate.parse(until));
    }

    @Test
    void swedenAcrossTheJulyRateChange() {
        // Jun 21-30: 10 days at 3.00 + 8 = 11%; Jul 1-10: 10 days at 2.00 + 8 = 10%
        // 1000 x (11 x 10 + 10 x 10) / 36500 = 5.7534...
        assertThat(interest(SE, DebtorKind.CONSUMER, "1000.00", "2025-06-20", "2025-07-10")).isEqualTo(Money.parse("5.75"));
        assertThat(CHARGES.interestPeriods(SE, DebtorKind.CONSUMER, Money.parse("1000"), LocalDate.parse("2025-06-20"),
                LocalDate.parse("2025-07-10"))).extracting(InterestPeriod::first, InterestPeriod::days, p -> p.ratePercent().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-06-21"), 10, "11.00"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-07-01"), 10, "10.00"));
    }

    @Test
    void norwayWithinOneHalfYearAndAcrossTheJulyChange() {
        // Mar 2-31: 30 days at 4.50 + 8 = 12.5%: 2000 x 12.5 x 30 / 36500 = 20.5479...
        assertThat(interest(NO, DebtorKind.BUSINESS, "2000.00", "2025-03-01", "2025-03-31")).isEqualTo(Money.parse("20.55"));
        // Jun 16-30: 15 days at 12.5%; Jul 1-15: 15 days at 4.25 + 8 = 12.25%: 10000 x 371.25 / 36500 = 101.7123...
        assertThat(interest(NO, DebtorKind.CONSUMER, "10000.00", "2025-06-15", "2025-07-15")).isEqualTo(Money.parse("101.71"));
    }

    @Test
    void germanyRunsInterestOnlyInDefaultWithItsB2BMargin() {
        // default 30 days after the due date: Jan 1-31 2025, 31 days at 2.27 + 9 = 11.27%: 10000 x 11.27 x 31 / 36500 = 95.7178...
        assertThat(interest(DE, DebtorKind.BUSINESS, "10000.00", "2024-12-01", "2025-01-31")).isEqualTo(Money.parse("95.72"));
        assertThat(interest(DE, DebtorKind.BUSINESS, "10000.00", "2024-12-01", "2024-12-31")).isEqualTo(Money.ZERO);
    }

    @Test
    void germanConsumerFromAReminderAcrossTheJulyChange() {
        // default from 2025-06-15: Jun 16-30 at 2.27 + 5 = 7.27%, Jul 1-15 at 1.27 + 5 = 6.27%, 15 days each
        // 1000 x (7.27 x 15 + 6.27 x 15) / 36500 = 5.5643...
        assertThat(CHARGES.interestSince(DE, DebtorKind.CONSUMER, Money.parse("1000"), LocalDate.parse("2025-06-15"),
                LocalDate.parse("2025-07-15"))).isEqualTo(Money.parse("5.56"));
    }

    @Test
    void roundsOnceToCentsHalfEven() {
        // 73 days at 2.00 + 8 = 10%: 1.25 x 10 x 73 / 36500 = 0.025 exactly, 1.75 gives 0.035
        assertThat(interest(SE, DebtorKind.CONSUMER, "1.25", "2026-01-01", "2026-03-15")).isEqualTo(Money.parse("0.02"));
        assertThat(interest(SE, DebtorKind.CONSUMER, "1.75", "2026-01-01", "2026-03-15")).isEqualTo(Money.parse("0.04"));
    }

    @Test
    void nothingIsOwedUpToTheDueDate() {
        assertThat(interest(SE, DebtorKind.CONSUMER, "500", "2025-05-10", "2025-05-10")).isEqualTo(Money.ZERO);
        assertThat(interest(SE, DebtorKind.CONSUMER, "500", "2025-05-10", "2025-05-01")).isEqualTo(Money.ZERO);
    }

    @Test
    void aDayWithoutAKnownRateStopsTheCalculation() {
        assertThatThrownBy(() -> interest(SE, DebtorKind.CONSUMER, "100", "2026-06-20", "2026-07-05"))
                .isInstanceOf(ReferenceRateMissingException.class)
                .hasMessageStartingWith("no SE reference rate known for 2026-07-01: the latest, 2.00% from 2026-01-01, covers up to 2026-06-30");
    }

    @Test
    void reminderFeesAreCappedAtTheCountryLimit() {
        assertThat(CHARGES.cappedReminderFee(SE, Money.parse("80"))).isEqualTo(Money.parse("60"));
        assertThat(CHARGES.cappedReminderFee(SE, Money.parse("45"))).isEqualTo(Money.parse("45"));
        assertThat(CHARGES.cappedReminderFee(NO, Money.parse("70"))).isEqualTo(Money.parse("35"));
        assertThat(CHARGES.cappedReminderFee(DE, Money.parse("5"))).isEqualTo(Money.parse("2.50"));
    }

    @Test
    void compensationIsForBusinessDebtorsOnly() {
        assertThat(CHARGES.compensation(SE, DebtorKind.BUSINESS)).isEqualTo(Money.parse("450"));
        assertThat(CHARGES.compensation(SE, DebtorKind.CONSUMER)).isEqualTo(Money.ZERO);
        assertThat(CHARGES.compensation(NO, DebtorKind.BUSINESS)).isEqualTo(Money.parse("460"));
        assertThat(CHARGES.compensation(DE, DebtorKind.BUSINESS)).isEqualTo(Money.parse("40"));
        assertThat(CHARGES.compensation(DE, DebtorKind.CONSUMER)).isEqualTo(Money.ZERO);
    }
}
