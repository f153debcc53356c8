package org.smartdunning.application.port;

import java.time.LocalDate;
import java.util.List;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.HoldReason;
import org.smartdunning.workflow.HoldScope;

/** Port: the holds placed on invoices and customers. */
public interface HoldBook {
    Hold place(HoldScope scope, String targetId, HoldReason reason, LocalDate from, LocalDate until, String note);

    /** Lifts a hold in force from {@code on}; false when no such hold is in force. */
    boolean lift(long holdId, LocalDate on);

    List<Hold> all();
}
