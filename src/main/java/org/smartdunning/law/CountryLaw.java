package org.smartdunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.smartdunning.history.Money;

/**
 * One country's dunning law in force from {@code validFrom}: the rule pack of country-rules.yaml, where every
 * figure is given with its statute and section (also in {@link #sources()}, for messages). Amounts are in the
 * country's currency.
 *
 * @param country                        ISO 3166-1 code, e.g. {@code SE}
 * @param currency                       ISO 4217 code the amounts are in
 * @param language                       the country's language (ISO 639-1), the default for its workflows
 * @param rateName                       the reference rate statutory interest is based on
 * @param validFrom                      first day these figures apply
 * @param reminderFeeCap                 highest fee a reminder may carry
 * @param minDaysAfterDueForFeeReminder  first day after due a reminder may carry a fee
 * @param maxFeeRemindersPerInvoice      fee-bearing reminders allowed per invoice ({@link #NO_LIMIT} if unlimited)
 * @param minPayByDaysForFeeReminder     deadline a fee-bearing reminder must give (0 if none)
 * @param minDaysBetweenFeeReminders     days between two fee-bearing reminders (0 if no rule)
 * @param collectionFeeCap               fee the creditor may add itself when handing over to collection
 * @param minDaysAfterDueForCollection   first day after due the claim may go to collection
 * @param collectionNoticeMinDays        deadline a collection demand must give (0 if none)
 * @param minNoticeDaysBeforeCollection  deadline of the notice that must announce collection, and the days
 *                                       collection must wait after it (0 if no such notice is required)
 * @param defaultByReminder              a reminder after the due date puts the debtor in default, which
 *                                       allows fees and collection before the day limits (Germany)
 * @param consumerDefaultNeedsReminder   a consumer is in default only after a reminder
 * @param interestGraceDays              days after the due date before statutory interest runs
 * @param consumerInterestMargin         percentage points over the reference rate for consumers
 * @param businessInterestMargin         percentage points over the reference rate between businesses
 * @param b2bCompensation                flat compensation a business debtor owes for late payment
 * @param compensationCoversFees         the compensation covers the creditor's own recovery costs, so a business
 *                                       debtor it is claimed from owes no reminder or collection fee on top
 * @param sources                        the legal source of each rule, quoted in violations
 */
public record CountryLaw(String country, String currency, String language, String rateName, LocalDate validFrom,
                         Money reminderFeeCap, int minDaysAfterDueForFeeReminder, int maxFeeRemindersPerInvoice,
                         int minPayByDaysForFeeReminder, int minDaysBetweenFeeReminders, Money collectionFeeCap,
                         int minDaysAfterDueForCollection, int collectionNoticeMinDays,
                         int minNoticeDaysBeforeCollection, boolean defaultByReminder,
                         boolean consumerDefaultNeedsReminder, int interestGraceDays,
                         BigDecimal consumerInterestMargin, BigDecimal businessInterestMargin, Money b2bCompensation,
                         boolean compensationCoversFees, Map<LawRule, String> sources) {
    /** Value of {@link #maxFeeRemindersPerInvoice()} where the law sets no number. */
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public CountryLaw {
        for (Object value : new Object[] {country, currency, language, rateName, validFrom, reminderFeeCap,
            collectionFeeCap, consumerInterestMargin, businessInterestMargin, b2bCompensation, sources}) {
            Objects.requireNonNull(value, () -> country + ": every field of a country law is required");
        }
        for (Money amount : List.of(reminderFeeCap, collectionFeeCap, b2bCompensation)) {
            if (amount.isNegative()) {
                throw new IllegalArgumentException(country + ": amounts must not be negative, was " + amount);
            }
        }
        for (int days : new int[] {minDaysAfterDueForFeeReminder, maxFeeRemindersPerInvoice, minPayByDaysForFeeReminder,
            minDaysBetweenFeeReminders, minDaysAfterDueForCollection, collectionNoticeMinDays,
            minNoticeDaysBeforeCollection, interestGraceDays}) {
            if (days < 0) {
                throw new IllegalArgumentException(country + ": day and count limits must not be negative, was " + days);
            }
        }
        Set<LawRule> missing = EnumSet.allOf(LawRule.class);
        missing.removeAll(sources.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(country + ": no legal source given for " + missing);
        }
        sources = Map.copyOf(new EnumMap<>(sources));
    }

    /** What breaks the law in this step; empty when it is allowed. */
    public List<LawViolation> violations(LegalStep step) {
        return LawChecks.check(this, step);
    }

    /** Percentage points over the reference rate that statutory interest adds for this debtor. */
    public BigDecimal interestMargin(DebtorKind debtor) {
        return debtor == DebtorKind.BUSINESS ? businessInterestMargin : consumerInterestMargin;
    }

    /** The statute and section behind a rule, as quoted in violations. */
    public String source(LawRule rule) {
        return sources.get(rule);
    }
}
