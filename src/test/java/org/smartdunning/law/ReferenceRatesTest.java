package org.smartdunning.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceRatesTest {
    static final ReferenceRates RATES = new ReferenceRates(List.of(
            rate("DE", "2025-01-01", "2.27"), rate("DE", "2025-07-01", "1.27"), rate("SE", "2025-07-01", "2.00")));

    static ReferenceRate rate(String country, String from, String percent) {
        return new ReferenceRate(country, LocalDate.parse(from), new BigDecimal(percent), "test");
    }

    @Test
    void aRateAppliesFromItsDateUntilTheNext() {
        assertThat(RATES.ratePercentOn("DE", LocalDate.parse("2025-01-01"))).isEqualByComparingTo("2.27");
        assertThat(RATES.ratePercentOn("DE", LocalDate.parse("2025-06-30"))).isEqualByComparingTo("2.27");
        assertThat(RATES.ratePercentOn("DE", LocalDate.parse("2025-07-01"))).isEqualByComparingTo("1.27");
    }

    @Test
    void theLastRateCoversOnlyItsHalfYear() {
        assertThat(RATES.knownThrough("DE")).isEqualTo("2025-12-31");
        assertThat(RATES.ratePercentOn("DE", LocalDate.parse("2025-12-31"))).isEqualByComparingTo("1.27");
        assertThatThrownBy(() -> RATES.ratePercentOn("DE", LocalDate.parse("2026-01-01")))
                .isInstanceOf(ReferenceRateMissingException.class)
                .hasMessage("no DE reference rate known for 2026-01-01: the latest, 1.27% from 2025-07-01, covers up to "
                        + "2025-12-31; add the rate from 2026-01-01 to reference-rates.csv or pass a rates file that has it");
    }

    @Test
    void daysBeforeTheFirstRateAndUnknownCountriesAreRefused() {
        assertThatThrownBy(() -> RATES.ratePercentOn("SE", LocalDate.parse("2025-06-30")))
                .isInstanceOf(ReferenceRateMissingException.class)
                .hasMessage("no SE reference rate known for 2025-06-30: the earliest is from 2025-07-01");
        assertThatThrownBy(() -> RATES.ratePercentOn("FI", LocalDate.parse("2025-08-01")))
                .hasMessage("no reference rates known for FI; known: [DE, SE]");
    }

    @Test
    void newerRatesAddToAndReplaceOlderOnes() {
        ReferenceRates updated = RATES.overriddenBy(List.of(rate("DE", "2025-07-01", "1.30"), rate("DE", "2026-01-01", "1.10")));
        assertThat(updated.ratePercentOn("DE", LocalDate.parse("2025-08-01"))).isEqualByComparingTo("1.30");
        assertThat(updated.ratePercentOn("DE", LocalDate.parse("2026-03-01"))).isEqualByComparingTo("1.10");
        assertThat(updated.ratePercentOn("DE", LocalDate.parse("2025-03-01"))).isEqualByComparingTo("2.27");
    }

    @Test
    void twoRatesOfACountryOnOneDayAreRefused() {
        assertThatThrownBy(() -> new ReferenceRates(List.of(rate("SE", "2025-01-01", "3"), rate("SE", "2025-01-01", "2"))))
                .hasMessage("two SE reference rates from 2025-01-01");
    }
}
