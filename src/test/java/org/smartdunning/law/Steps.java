package org.smartdunning.law;

import org.smartdunning.history.DunningAction;
import org.smartdunning.history.Money;

/** Builds {@link LegalStep}s for tests: a step with nothing before it, changed one fact at a time. */
record Steps(DunningAction action, int day, String fee, int payBy, DebtorKind debtor, int feeBefore, int sinceNotice,
             int remindersBefore, int sinceFee, boolean announces) {

    static Steps of(DunningAction action, int day) {
        return new Steps(action, day, "0", 0, DebtorKind.CONSUMER, 0, LegalStep.NEVER, 0, LegalStep.NEVER, false);
    }

    Steps fee(String amount) {
        return new Steps(action, day, amount, payBy, debtor, feeBefore, sinceNotice, remindersBefore, sinceFee, announces);
    }

    Steps payBy(int days) {
        return new Steps(action, day, fee, days, debtor, feeBefore, sinceNotice, remindersBefore, sinceFee, announces);
    }

    Steps business() {
        return new Steps(action, day, fee, payBy, DebtorKind.BUSINESS, feeBefore, sinceNotice, remindersBefore, sinceFee, announces);
    }

    /** {@code count} fee-bearing reminders before, the last {@code daysAgo} days before this step. */
    Steps feeRemindersBefore(int count, int daysAgo) {
        return new Steps(action, day, fee, payBy, debtor, count, sinceNotice, Math.max(remindersBefore, count), daysAgo, announces);
    }

    Steps noticeDaysAgo(int days) {
        return new Steps(action, day, fee, payBy, debtor, feeBefore, days, remindersBefore, sinceFee, announces);
    }

    Steps remindersBefore(int count) {
        return new Steps(action, day, fee, payBy, debtor, feeBefore, sinceNotice, count, sinceFee, announces);
    }

    Steps announcingCollection() {
        return new Steps(action, day, fee, payBy, debtor, feeBefore, sinceNotice, remindersBefore, sinceFee, true);
    }

    LegalStep step() {
        return new LegalStep(action, day, Money.parse(fee), payBy, debtor, feeBefore, sinceNotice, remindersBefore,
                sinceFee, announces);
    }

    @Override
    public String toString() {
        return action.key() + " day " + day + " fee " + fee + " payBy " + payBy + " " + debtor + " feeBefore " + feeBefore
                + " sinceNotice " + sinceNotice + " remindersBefore " + remindersBefore + " sinceFee " + sinceFee
                + (announces ? " announcing" : "");
    }
}
