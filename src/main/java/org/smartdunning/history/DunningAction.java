package org.smartdunning.history;

import java.util.Locale;

/**
 * The five things the engine can do with an overdue invoice, each an (action, channel) pair
 * of the contract: nothing, a reminder by SMS, e-mail or letter, or collection by an agency.
 */
public enum DunningAction {
    NONE("none", ""),
    SMS("reminder", "sms"),
    EMAIL("reminder", "email"),
    LETTER("reminder", "letter"),
    COLLECTION("collection", "agency");

    private final String action;
    private final String channel;

    DunningAction(String action, String channel) {
        this.action = action;
        this.channel = channel;
    }

    /** The contract's {@code action} column value. */
    public String action() {
        return action;
    }

    /** The contract's {@code channel} column value; empty for {@link #NONE}. */
    public String channel() {
        return channel;
    }

    /** Short lower-case name, used for settings keys, experiment arms and report columns. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A reminder by SMS, e-mail or letter (the contract's {@code reminder} action). */
    public boolean isReminder() {
        return this == SMS || this == EMAIL || this == LETTER;
    }

    /** The actions that can reach a customer: none, letter and collection always; SMS needs a phone, e-mail an address. */
    public static java.util.Set<DunningAction> reachable(boolean hasPhone, boolean hasEmail) {
        java.util.Set<DunningAction> actions = java.util.EnumSet.of(NONE, LETTER, COLLECTION);
        if (hasPhone) {
            actions.add(SMS);
        }
        if (hasEmail) {
            actions.add(EMAIL);
        }
        return actions;
    }

    /**
     * An unmodifiable copy that iterates in action order. {@code Map.copyOf} and {@code Set.copyOf} iterate
     * enums by their identity hash, which differs between runs of one process, so a decision that walks
     * them would not replay.
     */
    public static <V> java.util.Map<DunningAction, V> ordered(java.util.Map<DunningAction, V> map) {
        return map.isEmpty() ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(map));
    }

    /** An unmodifiable copy that iterates in action order; see {@link #ordered(java.util.Map)}. */
    public static java.util.Set<DunningAction> ordered(java.util.Set<DunningAction> set) {
        return set.isEmpty() ? java.util.Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(set));
    }

    /** Reads the contract's (action, channel) pair; a collection's channel may be empty. */
    public static DunningAction of(String action, String channel) {
        String ch = channel == null ? "" : channel;
        switch (action) {
            case "none":
                return NONE;
            case "collection":
                if (ch.isEmpty() || ch.equals("agency")) {
                    return COLLECTION;
                }
                throw new IllegalArgumentException("collection channel must be 'agency', was '" + ch + "'");
            case "reminder":
                for (DunningAction a : values()) {
                    if (a.action.equals("reminder") && a.channel.equals(ch)) {
                        return a;
                    }
                }
                throw new IllegalArgumentException("reminder channel must be sms, email or letter, was '" + ch + "'");
            default:
                throw new IllegalArgumentException("action must be none, reminder or collection, was '" + action + "'");
        }
    }

    /** Reads a short key such as {@code sms} or {@code collection}. */
    public static DunningAction ofKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
