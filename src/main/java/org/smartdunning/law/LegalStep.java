package org.smartdunning.law;

import java.util.Objects;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;

/**
 * One dunning step as the law sees it: what is done on which day after the due date, what it charges, and the
 * earlier steps that decide whether it is allowed yet.
 *
 * @param action               the action taken
 * @param daysAfterDue         days after the invoice's due date (negative before it)
 * @param fee                  fee charged with the step (a reminder fee, or the creditor's fee at collection)
 * @param payByDays            the deadline the step gives the debtor, in days (0 when none)
 * @param debtor               consumer or business
 * @param feeRemindersBefore   fee-bearing reminders already sent for this invoice
 * @param daysSinceNotice      days since the earlier notice that announced collection, or -1 if none
 * @param remindersBefore      reminders of any kind sent after the due date before this step (in Germany the
 *                             first one puts the debtor in default)
 * @param daysSinceFeeReminder days since the last fee-bearing reminder, or -1 if none or unknown
 * @param announcesCollection  this reminder tells the debtor the claim goes to collection if unpaid by the
 *                             deadline (Norway's inkassovarsel)
 */
public record LegalStep(DunningAction action, int daysAfterDue, Money fee, int payByDays, DebtorKind debtor,
                        int feeRemindersBefore, int daysSinceNotice, int remindersBefore, int daysSinceFeeReminder,
                        boolean announcesCollection) {
    /** Value of {@code daysSinceNotice} and {@code daysSinceFeeReminder} when there was no such step. */
    public static final int NEVER = -1;

    public LegalStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(debtor, "debtor");
        if (fee.isNegative()) {
            throw new IllegalArgumentException("fee must not be negative, was " + fee);
        }
        if (payByDays < 0 || feeRemindersBefore < 0 || remindersBefore < 0) {
            throw new IllegalArgumentException("payByDays, feeRemindersBefore and remindersBefore must not be negative");
        }
        if (daysSinceNotice < NEVER || daysSinceFeeReminder < NEVER) {
            throw new IllegalArgumentException("days since an earlier step must be -1 (none) or more");
        }
    }

    /**
     * A step described by the seven basic facts. Of the earlier reminders only the fee-bearing ones are known
     * and the day of the last one is not, so the checks that need more assume the strict case.
     */
    public LegalStep(DunningAction action, int daysAfterDue, Money fee, int payByDays, DebtorKind debtor,
                     int feeRemindersBefore, int daysSinceNotice) {
        this(action, daysAfterDue, fee, payByDays, debtor, feeRemindersBefore, daysSinceNotice, feeRemindersBefore,
                NEVER, false);
    }

    /** A reminder by SMS, e-mail or letter. */
    public boolean isReminder() {
        return action.isReminder();
    }

    /** The step charges a fee. */
    public boolean chargesFee() {
        return fee.cents() > 0;
    }
}
