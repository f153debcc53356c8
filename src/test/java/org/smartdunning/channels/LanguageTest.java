package org.smartdunning.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void normalisesCaseRegionAndNorwegian() {
        assertThat(Language.of("sv").code()).isEqualTo("sv");
        assertThat(Language.of(" SV-se ").code()).isEqualTo("sv");
        assertThat(Language.of("de_AT").code()).isEqualTo("de");
        assertThat(Language.of("no").code()).isEqualTo("nb");
        assertThat(Language.of("nn").code()).isEqualTo("nb");
        assertThat(Language.of(null).isKnown()).isFalse();
        assertThat(Language.of("  ").isKnown()).isFalse();
    }

    @Test
    void languagesWithoutBundledTextsUseEnglish() {
        assertThat(Language.of("fi").orEnglish()).isEqualTo(Language.ENGLISH);
        assertThat(Language.of("nb").orEnglish().code()).isEqualTo("nb");
        assertThat(Language.of("").orEnglish()).isEqualTo(Language.ENGLISH);
    }
}
