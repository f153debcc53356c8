package org.smartdunning.web;

import java.util.Locale;
import java.util.Map;
import org.smartdunning.history.DunningAction;

/** What the engine's keys mean, in the words a credit manager uses. */
final class PlainWords {
    private static final Map<String, String> ACTIONS = Map.of("none", "Do nothing", "sms", "Reminder by SMS",
            "email", "Reminder by e-mail", "letter", "Reminder by letter", "collection", "Hand to collection");
    private static final Map<String, String> TIMELINE = Map.of("issued", "Invoice issued", "due", "Due date",
            "payment", "Payment", "inquiry", "Inquiry", "hold", "Hold", "decision", "Engine's decision",
            "stage", "Workflow stage", "dunning_event", "Dunning action", "message", "Message", "audit", "Audit");

    private PlainWords() {
    }

    static String action(DunningAction action) {
        return action(action.key());
    }

    /** An action's key ({@code sms}, or {@code SMS} as stored metrics write it) in words; unknown keys as they are. */
    static String action(String key) {
        return ACTIONS.getOrDefault(key.toLowerCase(Locale.ROOT), key);
    }

    static String timelineKind(String kind) {
        return TIMELINE.getOrDefault(kind, kind);
    }

    /** A day relative to the due date: "3 days before the due date", "on the due date", "14 days after". */
    static String dayFromDue(int day) {
        if (day == 0) {
            return "On the due date";
        }
        int days = Math.abs(day);
        return days + (days == 1 ? " day " : " days ") + (day < 0 ? "before" : "after") + " the due date";
    }
}
