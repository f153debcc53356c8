package org.smartdunning.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartdunning.history.DunningAction;

class OutboundMessageTest {
    private static String safe(String key) {
        return SampleMessages.message(key, DunningAction.EMAIL, "sv").safeKey();
    }

    @Test
    void safeKeyKeepsPlainKeysAsTheyAre() {
        assertThat(safe("INV-1001_reminder-2025")).isEqualTo("INV-1001_reminder-2025");
    }

    @Test
    void safeKeyEncodesSeparatorsDotsAndNonAscii() {
        assertThat(safe("a/b")).isEqualTo("a%2Fb");
        assertThat(safe("..")).isEqualTo("%2E%2E");
        assertThat(safe("x y@z")).isEqualTo("x%20y%40z");
        assertThat(safe("ö")).isEqualTo("%C3%B6");
        assertThat(safe("a%2Fb")).isNotEqualTo(safe("a/b"));
    }
}
