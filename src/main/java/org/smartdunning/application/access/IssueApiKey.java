package org.smartdunning.application.access;

import java.security.SecureRandom;
import java.time.Clock;
import org.smartdunning.access.ApiKey;
import org.smartdunning.access.KeySecret;
import org.smartdunning.application.port.ApiKeyBook;
import org.smartdunning.history.CreditorId;

/** Issues a new API key for a creditor: its text is returned once and stored only as a hash. */
public final class IssueApiKey {
    /** The key, and the text the caller must keep (it cannot be shown again). */
    public record Issued(ApiKey key, String text) {
        @Override
        public String toString() {
            return "Issued[" + key + "]";
        }
    }

    private final ApiKeyBook keys;
    private final SecureRandom random;
    private final Clock clock;

    public IssueApiKey(ApiKeyBook keys, SecureRandom random, Clock clock) {
        this.keys = keys;
        this.random = random;
        this.clock = clock;
    }

    public Issued issue(CreditorId creditor, String label) {
        KeySecret secret = KeySecret.generate(random);
        ApiKey key = new ApiKey(secret.keyId(), creditor, label == null ? "" : label, clock.instant(), null);
        keys.add(key, secret.hash());
        return new Issued(key, secret.text());
    }
}
