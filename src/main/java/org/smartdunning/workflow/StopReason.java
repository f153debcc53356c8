package org.smartdunning.workflow;

import org.smartdunning.audit.AuditEntry;
import org.smartdunning.audit.AuditEvent;

/** Why a stage due today did not run (a skipped audit line): a hold, an invoice inquiry's pause, or the law. */
public enum StopReason {
    HOLD,
    INQUIRY,
    LAW;

    /** How the audit detail of an inquiry's pause begins; a hold's begins with "hold " ({@link Hold#describe}). */
    static final String INQUIRY_DETAIL = "invoice inquiry on ";

    /** The reason of a skipped stage's audit line; null for any other line. */
    public static StopReason of(AuditEntry entry) {
        if (entry.event() != AuditEvent.SKIPPED) {
            return null;
        }
        if (entry.detail().startsWith("hold ")) {
            return HOLD;
        }
        return entry.detail().startsWith(INQUIRY_DETAIL) ? INQUIRY : LAW;
    }
}
