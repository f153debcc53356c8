package org.smartdunning.application.access;

import java.time.Clock;
import org.smartdunning.application.port.ApiKeyBook;
import org.smartdunning.history.CreditorId;

/** Revokes a creditor's API key: from now on it authenticates nothing. */
public final class RevokeApiKey {
    private final ApiKeyBook keys;
    private final Clock clock;

    public RevokeApiKey(ApiKeyBook keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** False when the creditor has no such key in force. */
    public boolean revoke(CreditorId creditor, String keyId) {
        return keys.revoke(creditor, keyId, clock.instant());
    }
}
