package org.smartdunning.law.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.law.ReferenceRate;
import org.smartdunning.law.ReferenceRates;

class ReferenceRatesFileTest {
    static final String HEADER = "country,effective_from,rate_percent,source\n";

    @Test
    void bundledRatesCoverEveryHalfYearFrom2023ForEachCountry() {
        ReferenceRates rates = ReferenceRatesFile.bundled();
        assertThat(rates.countries()).containsExactly("DE", "NO", "SE");
        for (String country : rates.countries()) {
            List<LocalDate> starts = rates.all().stream().filter(r -> r.country().equals(country))
                    .map(ReferenceRate::effectiveFrom).toList();
            assertThat(starts).as(country).containsExactly(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-07-01"),
                    LocalDate.parse("2024-01-01"), LocalDate.parse("2024-07-01"), LocalDate.parse("2025-01-01"),
                    LocalDate.parse("2025-07-01"), LocalDate.parse("2026-01-01"));
            assertThat(rates.knownThrough(country)).isEqualTo("2026-06-30");
        }
    }

    @Test
    void bundledRatesAreThePublishedOnes() {
        ReferenceRates rates = ReferenceRatesFile.bundled();
        assertThat(rates.ratePercentOn("SE", LocalDate.parse("2024-09-01"))).isEqualByComparingTo("4.00");
        assertThat(rates.ratePercentOn("NO", LocalDate.parse("2025-09-01"))).isEqualByComparingTo("4.25");
        assertThat(rates.ratePercentOn("DE", LocalDate.parse("2023-03-01"))).isEqualByComparingTo("1.62");
        assertThat(rates.rateOn("DE", LocalDate.parse("2023-03-01")).source()).contains("Bundesbank");
    }

    @Test
    void everyBadRowIsReportedWithItsLine() {
        String csv = "# comment\n" + HEADER + "SE,2025-01-01,3.00,Riksbank\nSweden,2025-07-01,2.00,Riksbank\n"
                + "SE,2025/07/01,2.00,Riksbank\nSE,2026-01-01,2%,Riksbank\nSE,2026-07-01,2.00,\nSE,2025-01-01,3.00,again\n";
        assertThatThrownBy(() -> ReferenceRatesFile.parse("rates.csv", new StringReader(csv)))
                .hasMessage(String.join("\n",
                        "rates.csv:4: country must be an ISO 3166-1 code such as SE, was 'Sweden'",
                        "rates.csv:5: effective_from must be a date YYYY-MM-DD, was '2025/07/01'",
                        "rates.csv:6: rate_percent must be a decimal number with a '.', was '2%'",
                        "rates.csv:7: source must not be empty: say who published the rate",
                        "rates.csv:8: a second SE rate from 2025-01-01 (the first is at line 3)"));
    }

    @Test
    void aMissingColumnNamesTheExpectedHeader() {
        assertThatThrownBy(() -> ReferenceRatesFile.parse("rates.csv", new StringReader("country,from,rate_percent,source\n")))
                .hasMessage("rates.csv:1: missing column 'effective_from'; expected country,effective_from,rate_percent,source");
    }

    @Test
    void aUserFileAddsToAndOverridesTheBundledRates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rates.csv");
        Files.writeString(file, HEADER + "SE,2026-07-01,2.50,Riksbank (test)\nDE,2026-01-01,1.50,override (test)\n");
        ReferenceRates rates = ReferenceRatesFile.bundledWith(file);
        assertThat(rates.ratePercentOn("SE", LocalDate.parse("2026-08-01"))).isEqualByComparingTo("2.50");
        assertThat(rates.ratePercentOn("DE", LocalDate.parse("2026-02-01"))).isEqualByComparingTo("1.50");
        assertThat(rates.ratePercentOn("NO", LocalDate.parse("2023-02-01"))).isEqualByComparingTo("2.75");
        assertThat(ReferenceRatesFile.load(file).countries()).containsExactly("DE", "SE");
    }
}
