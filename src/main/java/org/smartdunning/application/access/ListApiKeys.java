package org.smartdunning.application.access;

import java.util.List;
import org.smartdunning.access.ApiKey;
import org.smartdunning.application.port.ApiKeyBook;
import org.smartdunning.history.CreditorId;

/** A creditor's API keys, in force and revoked, without their secrets. */
public final class ListApiKeys {
    private final ApiKeyBook keys;

    public ListApiKeys(ApiKeyBook keys) {
        this.keys = keys;
    }

    public List<ApiKey> of(CreditorId creditor) {
        return keys.of(creditor);
    }
}
