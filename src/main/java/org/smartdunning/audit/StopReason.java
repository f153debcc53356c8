package org.smartdunning.audit;

import java.util.Locale;

/**
 * Why a stage due today did not run (a skipped audit line): a hold, an invoice inquiry's pause, an experiment arm
 * waiting for its later day, or the law. Set where the stage is stopped, so counts never read it back from the text.
 */
public enum StopReason {
    HOLD,
    INQUIRY,
    /** An experiment's arm acts some days after the stage's own day and that day has not come. */
    EXPERIMENT_OFFSET,
    LAW;

    /** The value stored in {@code audit_log.stop_reason}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
