package org.smartdunning.web;

import org.smartdunning.config.Secret;
import org.smartdunning.history.CreditorId;

/**
 * A signed-in creditor: the cookie carries only {@code id}; the key stays on the server so that every
 * page checks it is still in force (a revoked key ends the session).
 *
 * @param csrf the token every form of the session posts back
 */
record Session(String id, CreditorId creditor, String keyId, Secret key, String csrf) {
}
