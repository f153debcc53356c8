package org.smartdunning.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySecretTest {
    private final SecureRandom random = new SecureRandom(new byte[] {1, 2, 3});

    @Test
    void aKeyReadBackMatchesItsHashAndNoOther() {
        KeySecret key = KeySecret.generate(random);
        KeySecret read = KeySecret.parse(key.text()).orElseThrow();
        assertThat(read).isEqualTo(key);
        assertThat(read.matches(key.hash())).isTrue();
        KeySecret other = KeySecret.generate(random);
        assertThat(read.matches(other.hash())).isFalse();
        assertThat(new KeySecret(key.keyId(), key.secret() + "x").matches(key.hash())).isFalse();
    }

    @Test
    void theStoredHashAndTheTextShownNeverHoldTheSecret() {
        KeySecret key = KeySecret.generate(random);
        assertThat(key.hash()).doesNotContain(key.secret()).hasSize(64);
        assertThat(key.toString()).doesNotContain(key.secret()).startsWith("sdk_" + key.keyId());
    }

    @Test
    void keysAreRandomAndLongEnough() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            KeySecret key = KeySecret.generate(random);
            assertThat(key.secret()).hasSize(43); // 32 bytes, base64url without padding
            assertThat(seen.add(key.keyId())).isTrue();
        }
    }

    @Test
    void textsThatAreNotKeysAreRefused() {
        assertThat(KeySecret.parse(null)).isEmpty();
        assertThat(KeySecret.parse("")).isEmpty();
        assertThat(KeySecret.parse("Bearer x")).isEmpty();
        assertThat(KeySecret.parse("sdk_abc")).isEmpty();
        assertThat(KeySecret.parse("sdk_abc_")).isEmpty();
    }
}
