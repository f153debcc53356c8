package org.smartdunning.application.holds;

import java.util.List;
import org.smartdunning.application.port.HoldBook;
import org.smartdunning.workflow.Hold;

/** Every hold placed, released ones included, for the creditor's staff to review. */
public final class ListHolds {
    private final HoldBook holds;

    public ListHolds(HoldBook holds) {
        this.holds = holds;
    }

    public List<Hold> all() {
        return holds.all();
    }
}
