package org.smartdunning.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The text of an API key, {@code sdk_<key id>_<secret>}: the id finds the stored key, the secret
 * (256 random bits) is kept only as its SHA-256 and compared in constant time. A key this random
 * needs no salt or slow hash: nothing can be guessed from the hash.
 */
public record KeySecret(String keyId, String secret) {
    private static final String PREFIX = "sdk_";
    private static final int ID_BYTES = 9;
    private static final int SECRET_BYTES = 32;

    /** A new random key. */
    public static KeySecret generate(SecureRandom random) {
        return new KeySecret(randomText(random, ID_BYTES), randomText(random, SECRET_BYTES));
    }

    /** The key a caller presented, when it has the shape of one. */
    public static Optional<KeySecret> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int split = text.indexOf('_', PREFIX.length());
        if (split < 0 || split == text.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new KeySecret(text.substring(PREFIX.length(), split), text.substring(split + 1)));
    }

    /** What the caller sends: shown once, never stored. */
    public String text() {
        return PREFIX + keyId + "_" + secret;
    }

    /** What the store keeps. */
    public String hash() {
        return sha256(secret);
    }

    /** Whether this secret is the one behind {@code storedHash}, in time independent of where they differ. */
    public boolean matches(String storedHash) {
        return MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return PREFIX + keyId + "_…";
    }

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String randomText(SecureRandom random, int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        // no '_' inside: it separates the id from the secret
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw).replace('_', 'x');
    }
}
