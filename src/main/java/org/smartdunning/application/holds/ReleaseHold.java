package org.smartdunning.application.holds;

import java.time.LocalDate;
import org.smartdunning.application.port.HoldBook;

/** Lifts a hold; from that day the process resumes with the stage due (within the catch-up window). */
public final class ReleaseHold {
    private final HoldBook holds;

    public ReleaseHold(HoldBook holds) {
        this.holds = holds;
    }

    /** False when no such hold is in force. */
    public boolean release(long holdId, LocalDate on) {
        return holds.lift(holdId, on);
    }
}
