package org.smartdunning.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.Money;

class LanguageFormatTest {
    private static final Money AMOUNT = Money.parse("1234.50");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private static LanguageFormat in(String language) {
        return new LanguageFormat(Language.of(language));
    }

    @Test
    void amountsAsEachLanguageWritesThem() {
        assertThat(in("sv").amount(AMOUNT, "SEK")).isEqualTo("1 234,50 kr");
        assertThat(in("sv").amount(AMOUNT, "EUR")).isEqualTo("1 234,50 €");
        assertThat(in("sv").amount(AMOUNT, "USD")).isEqualTo("1 234,50 USD");
        assertThat(in("nb").amount(AMOUNT, "NOK")).isEqualTo("1 234,50 kr");
        assertThat(in("nb").amount(AMOUNT, "SEK")).isEqualTo("1 234,50 SEK");
        assertThat(in("de").amount(AMOUNT, "EUR")).isEqualTo("1.234,50 €");
        assertThat(in("de").amount(AMOUNT, "SEK")).isEqualTo("1.234,50 SEK");
        assertThat(in("en").amount(AMOUNT, "SEK")).isEqualTo("SEK 1,234.50");
        assertThat(in("en").amount(AMOUNT, "EUR")).isEqualTo("€1,234.50");
        assertThat(in("en").amount(AMOUNT, "GBP")).isEqualTo("£1,234.50");
    }

    @Test
    void groupsEveryThreeDigitsAndKeepsTwoDecimals() {
        assertThat(in("sv").number(Money.parse("0.05"))).isEqualTo("0,05");
        assertThat(in("sv").number(Money.parse("999"))).isEqualTo("999,00");
        assertThat(in("sv").number(Money.parse("1000"))).isEqualTo("1 000,00");
        assertThat(in("de").number(Money.parse("1234567.8"))).isEqualTo("1.234.567,80");
        assertThat(in("en").number(Money.parse("-1234.5"))).isEqualTo("-1,234.50");
        assertThat(in("en").amount(Money.parse("-12"), "EUR")).isEqualTo("-€12.00");
    }

    @Test
    void datesAsEachLanguageWritesThem() {
        assertThat(in("sv").date(DAY)).isEqualTo("2025-03-14");
        assertThat(in("nb").date(DAY)).isEqualTo("14.03.2025");
        assertThat(in("de").date(DAY)).isEqualTo("14.03.2025");
        assertThat(in("en").date(DAY)).isEqualTo("14 March 2025");
        assertThat(in("en").date(null)).isEmpty();
    }

    @Test
    void otherLanguagesAreFormattedAsEnglish() {
        assertThat(in("fi").language()).isEqualTo("en");
        assertThat(in("fi").amount(AMOUNT, "EUR")).isEqualTo("€1,234.50");
        assertThat(in("").date(DAY)).isEqualTo("14 March 2025");
    }
}
