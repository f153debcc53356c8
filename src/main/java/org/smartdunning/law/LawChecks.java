package org.smartdunning.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smartdunning.history.DunningAction;

/** The checks behind {@link CountryLaw#violations(LegalStep)}, one method per kind of step. */
final class LawChecks {
    private LawChecks() {
    }

    static List<LawViolation> check(CountryLaw law, LegalStep step) {
        List<LawViolation> found = new ArrayList<>();
        if (step.isReminder()) {
            announcingNotice(law, step, found);
            if (step.chargesFee()) {
                feeReminder(law, step, found);
            }
        } else if (step.action() == DunningAction.COLLECTION) {
            collection(law, step, found);
        }
        return List.copyOf(found);
    }

    private static void announcingNotice(CountryLaw law, LegalStep step, List<LawViolation> found) {
        int min = law.minNoticeDaysBeforeCollection();
        if (step.announcesCollection() && step.payByDays() < min) {
            add(found, law, LawRule.PRIOR_NOTICE_MIN_DAYS, "notice announcing collection gives %d days to pay; %s requires at least %d",
                    step.payByDays(), law.country(), min);
        }
    }

    private static void feeReminder(CountryLaw law, LegalStep step, List<LawViolation> found) {
        if (step.fee().compareTo(law.reminderFeeCap()) > 0) {
            add(found, law, LawRule.REMINDER_FEE_CAP, "reminder fee %s exceeds the %s cap of %s",
                    step.fee(), law.country(), law.reminderFeeCap());
        }
        String early = tooEarly(law, step, law.minDaysAfterDueForFeeReminder());
        if (early != null) {
            add(found, law, LawRule.FEE_REMINDER_MIN_DAYS_AFTER_DUE, "fee-bearing reminder %s", early);
        }
        if (step.feeRemindersBefore() >= law.maxFeeRemindersPerInvoice()) {
            add(found, law, LawRule.FEE_REMINDERS_MAX, "fee-bearing reminder number %d; %s allows fees on at most %d reminders per invoice",
                    step.feeRemindersBefore() + 1, law.country(), law.maxFeeRemindersPerInvoice());
        }
        if (step.payByDays() < law.minPayByDaysForFeeReminder()) {
            add(found, law, LawRule.FEE_REMINDER_MIN_PAY_BY_DAYS, "fee-bearing reminder gives %d days to pay; %s requires at least %d",
                    step.payByDays(), law.country(), law.minPayByDaysForFeeReminder());
        }
        int between = law.minDaysBetweenFeeReminders();
        if (between > 0 && step.feeRemindersBefore() > 0) {
            if (step.daysSinceFeeReminder() == LegalStep.NEVER) {
                add(found, law, LawRule.FEE_REMINDER_MIN_DAYS_BETWEEN,
                        "fee-bearing reminder after an earlier one of unknown date; %s requires at least %d days between them",
                        law.country(), between);
            } else if (step.daysSinceFeeReminder() < between) {
                add(found, law, LawRule.FEE_REMINDER_MIN_DAYS_BETWEEN, "fee-bearing reminder %d days after the previous one; %s requires at least %d",
                        step.daysSinceFeeReminder(), law.country(), between);
            }
        }
    }

    private static void collection(CountryLaw law, LegalStep step, List<LawViolation> found) {
        if (step.fee().compareTo(law.collectionFeeCap()) > 0) {
            add(found, law, LawRule.COLLECTION_FEE_CAP, "collection fee %s exceeds the %s cap of %s",
                    step.fee(), law.country(), law.collectionFeeCap());
        }
        String early = tooEarly(law, step, law.minDaysAfterDueForCollection());
        if (early != null) {
            add(found, law, LawRule.COLLECTION_MIN_DAYS_AFTER_DUE, "collection %s", early);
        }
        if (step.payByDays() < law.collectionNoticeMinDays()) {
            add(found, law, LawRule.COLLECTION_NOTICE_MIN_DAYS, "collection demand gives %d days to pay; %s requires at least %d",
                    step.payByDays(), law.country(), law.collectionNoticeMinDays());
        }
        int notice = law.minNoticeDaysBeforeCollection();
        if (notice > 0 && step.daysSinceNotice() == LegalStep.NEVER) {
            add(found, law, LawRule.PRIOR_NOTICE_MIN_DAYS, "collection with no earlier notice announcing it; %s requires one at least %d days before",
                    law.country(), notice);
        } else if (notice > 0 && step.daysSinceNotice() < notice) {
            add(found, law, LawRule.PRIOR_NOTICE_MIN_DAYS, "collection %d days after the notice announcing it; %s requires at least %d",
                    step.daysSinceNotice(), law.country(), notice);
        }
    }

    /**
     * Null when the step may come on its day, else why not. Where default is what matters (Germany), an earlier
     * reminder after the due date brings it on at once; the day rule for a consumer needs a statement on the
     * invoice that the engine cannot see, so a consumer needs the reminder.
     */
    private static String tooEarly(CountryLaw law, LegalStep step, int minDays) {
        int day = step.daysAfterDue();
        if (!law.defaultByReminder()) {
            return day >= minDays ? null
                    : format("on day %d after due; %s allows it from day %d after due", day, law.country(), minDays);
        }
        if (day >= 1 && step.remindersBefore() > 0) {
            return null;
        }
        boolean consumerNeedsReminder = step.debtor() == DebtorKind.CONSUMER && law.consumerDefaultNeedsReminder();
        if (!consumerNeedsReminder && day >= minDays) {
            return null;
        }
        return consumerNeedsReminder
                ? format("to a consumer on day %d after due with no earlier reminder; %s allows it only once the debtor is in default, for a consumer after an earlier reminder",
                        day, law.country())
                : format("on day %d after due with no earlier reminder; %s allows it only once the debtor is in default: after an earlier reminder or from day %d after due",
                        day, law.country(), minDays);
    }

    private static void add(List<LawViolation> found, CountryLaw law, LawRule rule, String template, Object... args) {
        found.add(new LawViolation(rule.key(), format(template, args) + " (" + law.source(rule) + ")"));
    }

    private static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
