package org.smartdunning.application.holds;

import java.time.LocalDate;
import org.smartdunning.application.port.HoldBook;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.HoldReason;
import org.smartdunning.workflow.HoldScope;

/** Places a hold: a disputed invoice, an agreed payment plan or a service hold stops every stage until it ends. */
public final class PlaceHold {
    private final HoldBook holds;

    public PlaceHold(HoldBook holds) {
        this.holds = holds;
    }

    /** @param until the day dunning may resume by itself, or null: until released */
    public Hold place(HoldScope scope, String targetId, HoldReason reason, LocalDate from, LocalDate until, String note) {
        return holds.place(scope, targetId, reason, from, until, note);
    }
}
