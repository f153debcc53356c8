package org.smartdunning.channels;

import org.smartdunning.history.DunningAction;

/** Port: turns a notice into the subject and body a channel sends, from the creditor's templates. */
public interface MessageRenderer {
    /** The rendered text. */
    record Rendered(String subject, String body) {
    }

    Rendered render(DunningAction action, Notice notice, Recipient recipient);
}
