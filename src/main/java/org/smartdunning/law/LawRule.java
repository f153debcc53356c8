package org.smartdunning.law;

import java.util.Optional;

/**
 * The limits a country rule pack states. The key names the limit in country-rules.yaml and in
 * {@link LawViolation#rule()}, so a violation can be traced to the line of the rule pack that set it.
 */
public enum LawRule {
    REMINDER_FEE_CAP("reminder_fee_cap"),
    FEE_REMINDER_MIN_DAYS_AFTER_DUE("fee_reminder_min_days_after_due"),
    FEE_REMINDERS_MAX("fee_reminders_max"),
    FEE_REMINDER_MIN_PAY_BY_DAYS("fee_reminder_min_pay_by_days"),
    FEE_REMINDER_MIN_DAYS_BETWEEN("fee_reminder_min_days_between"),
    COLLECTION_FEE_CAP("collection_fee_cap"),
    COLLECTION_MIN_DAYS_AFTER_DUE("collection_min_days_after_due"),
    COLLECTION_NOTICE_MIN_DAYS("collection_notice_min_days"),
    PRIOR_NOTICE_MIN_DAYS("prior_notice_min_days"),
    DEFAULT_BY_REMINDER("default_by_reminder"),
    CONSUMER_DEFAULT_NEEDS_REMINDER("consumer_default_needs_reminder"),
    INTEREST_GRACE_DAYS("interest_grace_days"),
    CONSUMER_INTEREST_MARGIN("consumer_interest_margin"),
    BUSINESS_INTEREST_MARGIN("business_interest_margin"),
    B2B_COMPENSATION("b2b_compensation"),
    COMPENSATION_COVERS_FEES("compensation_covers_fees");

    private final String key;

    LawRule(String key) {
        this.key = key;
    }

    /** The snake_case key, e.g. {@code reminder_fee_cap}. */
    public String key() {
        return key;
    }

    /** The rule with this key, if any. */
    public static Optional<LawRule> ofKey(String key) {
        for (LawRule rule : values()) {
            if (rule.key.equals(key)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
