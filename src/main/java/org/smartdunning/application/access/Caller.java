package org.smartdunning.application.access;

import java.util.Optional;
import org.smartdunning.history.CreditorId;

/** Who a request acts for: the administrator (from the environment) or exactly one creditor. */
public record Caller(String keyId, Optional<CreditorId> creditor) {
    public static final Caller ADMIN = new Caller("admin", Optional.empty());

    public static Caller of(String keyId, CreditorId creditor) {
        return new Caller(keyId, Optional.of(creditor));
    }

    public boolean admin() {
        return creditor.isEmpty();
    }
}
