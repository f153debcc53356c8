package org.smartdunning.workflow;

import java.util.Locale;
import org.smartdunning.history.DunningAction;

/** What a stage does: send a notice, let the learned policy decide, or hand the invoice to collection. */
public enum StageKind {
    /** A message by the first reachable of its actions (SMS, e-mail or letter). */
    NOTICE,
    /** The learned policy chooses one of the stage's actions, any of the five. */
    DECISION,
    /** Hand-off to the collection agency. */
    ESCALATION;

    /** Lower-case name used in workflow files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a stage of this kind may take the action. */
    public boolean allows(DunningAction action) {
        return switch (this) {
            case NOTICE -> action.isReminder();
            case DECISION -> true;
            case ESCALATION -> action == DunningAction.COLLECTION;
        };
    }

    /** Fewest actions a stage of this kind needs: a decision is only a decision between two or more. */
    public int minActions() {
        return this == DECISION ? 2 : 1;
    }
}
