package org.smartdunning.access;

import java.time.Instant;
import java.util.Objects;
import org.smartdunning.history.CreditorId;

/** One API key of a creditor, without its secret; {@code revokedAt} is null while it works. */
public record ApiKey(String keyId, CreditorId creditor, String label, Instant createdAt, Instant revokedAt) {
    public ApiKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
