package org.smartdunning.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Random tokens for session ids and CSRF, and their comparison in constant time. */
final class Tokens {
    private final SecureRandom random;

    Tokens(SecureRandom random) {
        this.random = random;
    }

    /** 256 random bits, URL-safe. */
    String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a presented token equals the expected one; null or empty never does. */
    static boolean same(String expected, String presented) {
        return expected != null && presented != null && !presented.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8));
    }
}
