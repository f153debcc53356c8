package org.smartdunning.workflow;

import java.util.Locale;

/** How the process dealt with an invoice's stage, once and for all. */
public enum StageOutcome {
    /** The stage ran: an action was chosen (possibly none) and its message queued. */
    ACTED,
    /** The stage's segment condition did not match this invoice. */
    NOT_APPLICABLE,
    /** A later stage fell due, or it is too late to catch up. */
    SUPERSEDED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
