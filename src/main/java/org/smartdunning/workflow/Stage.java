package org.smartdunning.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;

/**
 * One step of a workflow.
 *
 * @param id                  unique name within the workflow, e.g. {@code friendly-reminder}
 * @param day                 day relative to the due date it runs on; negative before the due date
 * @param kind                notice, decision or escalation
 * @param actions             for a notice or escalation the preferred action then its fallbacks; for a decision
 *                            the actions the learned policy chooses from, in fallback order
 * @param template            message template name
 * @param tone                tone of voice, one of {@link #TONES}
 * @param fees                fee charged with an action (only email, letter and collection can carry one)
 * @param payByDays           the deadline the message gives, in days from the stage's day (0: none stated)
 * @param when                the invoices the stage applies to
 * @param line                line of the stage in its workflow file, for messages (0 when not from a file)
 * @param announcesCollection the message tells the debtor the claim goes to collection if unpaid by the
 *                            deadline (Norway's inkassovarsel, a German final Mahnung)
 */
public record Stage(String id, int day, StageKind kind, List<DunningAction> actions, String template, String tone,
                    Map<DunningAction, Money> fees, int payByDays, SegmentCondition when, int line,
                    boolean announcesCollection) {
    /** Tones a template may be written in. */
    public static final Set<String> TONES = Set.of("friendly", "neutral", "firm");
    /** Actions that can carry a fee: a written reminder states its basis, an SMS is too short to, none sends nothing. */
    public static final Set<DunningAction> FEE_CARRIERS = EnumSet.of(DunningAction.EMAIL, DunningAction.LETTER,
            DunningAction.COLLECTION);

    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        actions = List.copyOf(actions);
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(tone, "tone");
        // in action order, so whatever lists fees lists them the same way every time
        fees = fees == null || fees.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(fees));
        when = when == null ? SegmentCondition.ANY : when;
    }

    /** A stage that does not announce collection. */
    public Stage(String id, int day, StageKind kind, List<DunningAction> actions, String template, String tone,
                 Map<DunningAction, Money> fees, int payByDays, SegmentCondition when, int line) {
        this(id, day, kind, actions, template, tone, fees, payByDays, when, line, false);
    }

    /** The fee charged with the action, zero when none. */
    public Money fee(DunningAction action) {
        return fees.getOrDefault(action, Money.ZERO);
    }

    /** Whether some action of the stage charges a fee. */
    public boolean chargesFee() {
        return fees.values().stream().anyMatch(fee -> fee.cents() > 0);
    }

    /** Whether every action of the stage is a reminder, so the debtor surely gets one when the stage applies. */
    public boolean alwaysReminds() {
        return actions.stream().allMatch(StageKind.NOTICE::allows);
    }
}
