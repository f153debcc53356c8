package org.smartdunning.law.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.Money;
import org.smartdunning.law.CountryLaw;
import org.smartdunning.law.CountryLaws;
import org.smartdunning.law.LawRule;

class CountryRulesFileTest {
    static final CountryLaws LAWS = CountryRulesFile.bundled();

    @Test
    void bundledPacksHoldTheStatutoryFigures() {
        CountryLaw se = LAWS.of("SE").orElseThrow();
        assertThat(se.currency()).isEqualTo("SEK");
        assertThat(se.reminderFeeCap()).isEqualTo(Money.parse("60"));
        assertThat(se.collectionFeeCap()).isEqualTo(Money.parse("180"));
        assertThat(se.b2bCompensation()).isEqualTo(Money.parse("450"));
        assertThat(se.collectionNoticeMinDays()).isEqualTo(8);
        assertThat(se.consumerInterestMargin()).isEqualByComparingTo("8");
        assertThat(se.maxFeeRemindersPerInvoice()).isEqualTo(CountryLaw.NO_LIMIT);

        CountryLaw no = LAWS.of("NO").orElseThrow();
        assertThat(no.reminderFeeCap()).isEqualTo(Money.parse("35"));
        assertThat(no.minDaysAfterDueForFeeReminder()).isEqualTo(14);
        assertThat(no.maxFeeRemindersPerInvoice()).isEqualTo(2);
        assertThat(no.minNoticeDaysBeforeCollection()).isEqualTo(14);

        CountryLaw de = LAWS.of("DE").orElseThrow();
        assertThat(de.currency()).isEqualTo("EUR");
        assertThat(de.consumerInterestMargin()).isEqualByComparingTo("5");
        assertThat(de.businessInterestMargin()).isEqualByComparingTo("9");
        assertThat(de.b2bCompensation()).isEqualTo(Money.parse("40"));
        assertThat(de.reminderFeeCap()).isEqualTo(Money.parse("2.50"));
        assertThat(de.defaultByReminder()).isTrue();
        assertThat(de.source(LawRule.B2B_COMPENSATION)).isEqualTo("BGB § 288 Abs. 5");
    }

    @Test
    void datedFiguresMakeOneVersionPerChange() {
        assertThat(LAWS.versions("NO")).extracting(CountryLaw::validFrom)
                .containsExactly(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01"));
        assertThat(LAWS.on("NO", LocalDate.parse("2025-10-01")).orElseThrow().b2bCompensation()).isEqualTo(Money.parse("470"));
        assertThat(LAWS.on("NO", LocalDate.parse("2026-01-01")).orElseThrow().b2bCompensation()).isEqualTo(Money.parse("460"));
        assertThat(LAWS.of("NO").orElseThrow().b2bCompensation()).isEqualTo(Money.parse("460"));
        assertThat(LAWS.on("NO", LocalDate.parse("2024-12-31"))).isEmpty();
        assertThat(LAWS.of("FR")).isEmpty();
    }

    @Test
    void unknownKeyIsReportedWithLineAndColumn() throws IOException {
        String text = bundledText().replaceFirst("  rate_name: Riksbank reference rate\n",
                "  rate_name: Riksbank reference rate\n  reminder_fee: 60\n");
        assertThatThrownBy(() -> CountryRulesFile.parse("rules.yaml", text))
                .hasMessageStartingWith("rules.yaml:" + (lineOf(text, "  reminder_fee: 60") + 1) + ":3: unknown key 'reminder_fee' in SE; allowed: currency,");
    }

    @Test
    void malformedValueIsReportedWithLineAndColumn() throws IOException {
        String text = bundledText().replaceFirst("value: \\{2020-10-01: 35.00\\}", "value: {2020-10-01: 35.001}");
        int line = lineOf(text, "value: {2020-10-01: 35.001}") + 1;
        assertThatThrownBy(() -> CountryRulesFile.parse("rules.yaml", text))
                .hasMessage("rules.yaml:" + line + ":25: reminder_fee_cap must be an amount: more than two decimals: '35.001'");
    }

    @Test
    void aRuleWithoutSourceIsRefused() {
        String text = "SE:\n  currency: SEK\n  language: sv\n  rate_name: x\n  reminder_fee_cap:\n    value: 60\n";
        assertThatThrownBy(() -> CountryRulesFile.parse("rules.yaml", text))
                .hasMessage("rules.yaml:2:3: SE is missing required key 'fee_reminder_min_days_after_due'");
        String noSource = text + "  fee_reminder_min_days_after_due: {value: 1}\n";
        assertThatThrownBy(() -> CountryRulesFile.parse("rules.yaml", noSource)).hasMessageContaining("missing required key");
    }

    private static String bundledText() throws IOException {
        try (InputStream in = CountryRulesFile.class.getResourceAsStream(CountryRulesFile.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int lineOf(String text, String line) {
        return text.lines().toList().indexOf(text.lines().filter(l -> l.contains(line)).findFirst().orElseThrow());
    }
}
