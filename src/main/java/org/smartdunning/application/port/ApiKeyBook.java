package org.smartdunning.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.smartdunning.access.ApiKey;
import org.smartdunning.history.CreditorId;

/** Port: the service's API keys, each stored with the hash of its secret. */
public interface ApiKeyBook {
    /** A stored key and the hash of its secret. */
    record Stored(ApiKey key, String secretHash) {
    }

    void add(ApiKey key, String secretHash);

    Optional<Stored> find(String keyId);

    List<ApiKey> of(CreditorId creditor);

    /** Revokes the creditor's key; false when it has no such key in force. */
    boolean revoke(CreditorId creditor, String keyId, Instant at);
}
