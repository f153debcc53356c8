package org.smartdunning.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderExcerptTest {
    private static final OutboundMessage MESSAGE = new OutboundMessage("I1/sms/1", org.smartdunning.history.DunningAction.SMS,
            TestNotices.recipient("C-7", true, true), TestNotices.notice("I1", "decision", java.time.LocalDate.of(2026, 3, 16)),
            "Påminnelse I1", "Hej! Fakturan förföll den 2 mars.\nBetala 562,10 kr senast 26 mars.");

    private final ProviderExcerpt excerpt = ProviderExcerpt.of(MESSAGE, "tok_live_9f8e7d");

    @Test
    void removesTheTokenTheRecipientAndTheTextHoweverTheyAreEchoed() {
        String answer = "{\"error\":\"rejected\",\"auth\":\"Bearer tok_live_9f8e7d\",\"to\":\"+46701234567\","
                + "\"email\":\"c-7@example.com\",\"text\":\"Hej! Fakturan f\\u00f6rf\\u00f6ll den 2 mars.\\nBetala 562,10 kr"
                + " senast 26 mars.\",\"raw\":\"Hej! Fakturan förföll den 2 mars.\"}";
        String kept = excerpt.of(answer);
        assertThat(kept).contains("rejected").doesNotContain("tok_live", "46701234567", "c-7@", "rf\\u00f6ll", "förföll",
                "562,10");
    }

    @Test
    void masksCredentialsEmailsAndNumbersItWasNotToldAbout() {
        assertThat(excerpt.of("Authorization: Bearer abc.def.ghi; api_key=zzz; from other@example.org, +46 8 123 456 78"))
                .isEqualTo("Authorization: *** ***; api_key=***; from [e-mail], [number]");
    }

    @Test
    void keepsReplyCodesAndIsBounded() {
        assertThat(excerpt.of("535 5.7.8 Authentication credentials invalid")).isEqualTo(
                "535 5.7.8 Authentication credentials invalid");
        assertThat(excerpt.of("x ".repeat(5_000))).hasSize(ProviderExcerpt.MAX_LENGTH + 1).endsWith("…");
    }
}
