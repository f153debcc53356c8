package org.smartdunning.application.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.smartdunning.access.KeySecret;
import org.smartdunning.application.port.ApiKeyBook;
import org.smartdunning.config.Secret;

/**
 * Finds who a presented key acts for: the administrator's key (from the environment) or a
 * creditor's key in force. Every comparison takes the same time wherever the texts differ.
 */
public final class AuthenticateKey {
    private final ApiKeyBook keys;
    private final byte[] adminKey;

    public AuthenticateKey(ApiKeyBook keys, Secret adminKey) {
        this.keys = keys;
        this.adminKey = adminKey.isEmpty() ? null : adminKey.reveal().getBytes(StandardCharsets.UTF_8);
    }

    /** The caller behind the key, or empty for an unknown, malformed or revoked key. */
    public Optional<Caller> caller(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        if (adminKey != null && MessageDigest.isEqual(adminKey, presented.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Caller.ADMIN);
        }
        return KeySecret.parse(presented).flatMap(secret -> keys.find(secret.keyId())
                .filter(stored -> secret.matches(stored.secretHash()) && !stored.key().revoked())
                .map(stored -> Caller.of(stored.key().keyId(), stored.key().creditor())));
    }
}
