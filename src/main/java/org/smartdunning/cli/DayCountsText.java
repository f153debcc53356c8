package org.smartdunning.cli;

import java.util.Locale;
import org.smartdunning.application.daily.DayCounts;
import org.smartdunning.channels.DispatchReport;
import org.smartdunning.history.DunningAction;
import org.smartdunning.audit.StopReason;

/** The lines {@code run} leads with: the day's messages by channel, collection cases, and the invoices stopped. */
final class DayCountsText {
    private DayCountsText() {
    }

    static String format(DayCounts c) {
        int messages = c.queued(DunningAction.SMS) + c.queued(DunningAction.EMAIL) + c.queued(DunningAction.LETTER);
        DispatchReport d = c.dispatch();
        return String.format(Locale.ROOT, "%s: reminders to send %,d (%,d by SMS, %,d by e-mail, %,d by letter),"
                        + " collection cases %,d, invoices left alone %,d.%n", c.day(), messages,
                c.queued(DunningAction.SMS), c.queued(DunningAction.EMAIL), c.queued(DunningAction.LETTER),
                c.queued(DunningAction.COLLECTION), c.leftAlone())
                + String.format(Locale.ROOT, "Stopped today: %,d held, %,d paused by an invoice inquiry, %,d waiting for"
                        + " their experiment arm's later day, %,d waiting for the law; %,d out of reach of the stage's"
                        + " channels.%n", c.stopped().get(StopReason.HOLD), c.stopped().get(StopReason.INQUIRY),
                c.stopped().get(StopReason.EXPERIMENT_OFFSET), c.stopped().get(StopReason.LAW), c.unreachable())
                + String.format(Locale.ROOT, "Delivered: %,d sent (%,d by SMS, %,d by e-mail, %,d by letter, %,d to"
                        + " collection), %,d to try again, %,d failed, %,d withdrawn.%n", d.sentTotal(),
                d.sent(DunningAction.SMS), d.sent(DunningAction.EMAIL), d.sent(DunningAction.LETTER),
                d.sent(DunningAction.COLLECTION), d.retries(), d.failed(), d.cancelled());
    }
}
