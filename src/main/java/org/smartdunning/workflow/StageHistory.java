package org.smartdunning.workflow;

import java.util.List;
import org.smartdunning.history.DunningAction;
import org.smartdunning.law.DebtorKind;
import org.smartdunning.law.LegalStep;

/**
 * What the stages before a stage make of one of its actions, as the law sees it. Earlier stages are read
 * cautiously: a fee-bearing stage counts as sent if it may apply to the same invoices (so limits on fees are not
 * dodged), a reminder or collection notice only if it surely was — a notice that only reminds, for at least the
 * same invoices (so a step that needs one is not allowed on a guess). A stage scheduled on the same day or later
 * never counts.
 */
final class StageHistory {
    private final List<Stage> stages;

    StageHistory(List<Stage> stages) {
        this.stages = stages;
    }

    /** The step the action of the stage at {@code index} would be for the debtor. */
    LegalStep step(int index, DunningAction action, DebtorKind debtor) {
        Stage stage = stages.get(index);
        int feeReminders = 0;
        int lastFeeDay = Integer.MIN_VALUE;
        int reminders = 0;
        int lastNoticeDay = Integer.MIN_VALUE;
        for (Stage earlier : stages.subList(0, index)) {
            if (earlier.day() >= stage.day()) {
                continue; // out of order, reported by the structure check
            }
            boolean feeReminder = earlier.actions().stream()
                    .anyMatch(a -> StageKind.NOTICE.allows(a) && earlier.fee(a).cents() > 0);
            if (feeReminder && earlier.when().mayOverlap(stage.when())) {
                feeReminders++;
                lastFeeDay = Math.max(lastFeeDay, earlier.day());
            }
            boolean surelySent = earlier.kind() == StageKind.NOTICE && earlier.alwaysReminds()
                    && earlier.when().covers(stage.when());
            if (surelySent && earlier.day() >= 1) {
                reminders++;
            }
            if (surelySent && earlier.announcesCollection()) {
                lastNoticeDay = Math.max(lastNoticeDay, earlier.day());
            }
        }
        return new LegalStep(action, stage.day(), stage.fee(action), stage.payByDays(), debtor, feeReminders,
                since(stage, lastNoticeDay), reminders, since(stage, lastFeeDay),
                stage.announcesCollection() && StageKind.NOTICE.allows(action));
    }

    private static int since(Stage stage, int earlierDay) {
        return earlierDay == Integer.MIN_VALUE ? LegalStep.NEVER : stage.day() - earlierDay;
    }
}
