package org.smartdunning.application.port;

import java.time.Instant;
import java.util.Optional;

/** Port: the answers given to POSTs by Idempotency-Key, so a retried request is answered, not done again. */
public interface IdempotencyBook {
    /** A stored answer; status 0 while the first request is still being handled. */
    record Answer(String fingerprint, int status, String body) {
        public boolean inProgress() {
            return status == 0;
        }
    }

    /** Claims the key for a new request; the answer already stored under it when the key is known. */
    Optional<Answer> claim(String key, String fingerprint, Instant at);

    /** Stores the answer to the claimed key. */
    void answer(String key, int status, String body);

    /** Gives the key up when its request failed on the server's side, so a retry may run. */
    void release(String key);
}
