package org.smartdunning.bootstrap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.smartdunning.access.ApiKey;
import org.smartdunning.application.port.ApiKeyBook;
import org.smartdunning.history.CreditorId;

/**
 * The API keys with the ones found kept for {@link #TTL} (Caffeine), so a request does not cost a
 * registry query. A key revoked through this process stops at once; through another process
 * sharing the store, within {@link #TTL}.
 */
final class CachedApiKeys implements ApiKeyBook {
    static final Duration TTL = Duration.ofSeconds(30);
    private final ApiKeyBook keys;
    private final Cache<String, Stored> found = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(100_000).build();

    CachedApiKeys(ApiKeyBook keys) {
        this.keys = keys;
    }

    @Override
    public void add(ApiKey key, String secretHash) {
        keys.add(key, secretHash);
    }

    @Override
    public Optional<Stored> find(String keyId) {
        Stored cached = found.getIfPresent(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Stored> stored = keys.find(keyId);
        stored.filter(s -> !s.key().revoked()).ifPresent(s -> found.put(keyId, s));
        return stored;
    }

    @Override
    public List<ApiKey> of(CreditorId creditor) {
        return keys.of(creditor);
    }

    @Override
    public boolean revoke(CreditorId creditor, String keyId, Instant at) {
        found.invalidate(keyId);
        return keys.revoke(creditor, keyId, at);
    }
}
