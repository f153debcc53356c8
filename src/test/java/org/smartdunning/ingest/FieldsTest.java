package org.smartdunning.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldsTest {

    @ParameterizedTest
    @CsvSource({"0,0", "12,1200", "12.5,1250", "12.50,1250", "0.05,5", "1250.5,125050", "+3.1,310",
        "123456789012.34,12345678901234"})
    void parsesAmountsToCents(String text, long cents) {
        assertThat(Fields.amount(text).cents()).isEqualTo(cents);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12,50|not a decimal number: '12,50'", "1e3|not a decimal number: '1e3'",
        "abc|not a decimal number: 'abc'", "1.234|more than two decimals: '1.234'", "-0.01|must not be negative: '-0.01'"})
    void rejectsBadAmounts(String text, String reason) {
        assertThatThrownBy(() -> Fields.amount(text)).hasMessage(reason);
    }

    @Test
    void parsesStrictIsoDates() {
        assertThat(Fields.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> Fields.date("2023-02-29")).hasMessage("not a valid date: '2023-02-29'");
        assertThatThrownBy(() -> Fields.date("2023-2-28")).hasMessage("not a date (YYYY-MM-DD): '2023-2-28'");
        assertThatThrownBy(() -> Fields.date("2023-02-28T00:00")).hasMessage("not a date (YYYY-MM-DD): '2023-02-28T00:00'");
    }

    @ParameterizedTest
    @CsvSource({"SEK,true", "NOK,true", "EUR,true", "sek,false", "SEKK,false", "SE,false", "KRN,false"})
    void acceptsIso4217CurrencyCodesOnly(String text, boolean valid) {
        if (valid) {
            assertThat(Fields.currency(text)).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> Fields.currency(text)).hasMessage("not an ISO 4217 currency code: '" + text + "'");
        }
    }

    @ParameterizedTest
    @CsvSource({"SE,true", "NO,true", "DE,true", "se,false", "SWE,false", "XX,false", "UK,false"})
    void acceptsIso3166CountryCodesOnly(String text, boolean valid) {
        if (valid) {
            assertThat(Fields.country(text)).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> Fields.country(text))
                    .hasMessage("not an ISO 3166-1 alpha-2 country code: '" + text + "'");
        }
    }
}
