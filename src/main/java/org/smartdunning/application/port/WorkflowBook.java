package org.smartdunning.application.port;

import java.time.Instant;
import java.util.Optional;

/** Port: the creditor's uploaded workflow files (or experiments files), each upload a new version. */
public interface WorkflowBook {
    /** A workflow file as uploaded. */
    record StoredWorkflow(int version, String text, Instant uploadedAt) {
    }

    /** Keeps the text as the next version and returns it. */
    StoredWorkflow save(String text, Instant at);

    Optional<StoredWorkflow> current();
}
