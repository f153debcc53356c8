package org.smartdunning.channels.templates;

import java.util.Objects;
import org.smartdunning.channels.Notice;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.Recipient;
import org.smartdunning.history.DunningAction;

/**
 * A rendered message text.
 *
 * @param subject  the subject line (e-mail subject, letter heading); empty for SMS
 * @param body     the text
 * @param template the template's name, e.g. {@code reminder}
 * @param language the language of the file actually used
 * @param source   the file used: a path in the creditor's folder or {@code classpath:templates/...}
 * @param fallback why another language than the one asked for was used; empty when none was needed
 */
public record Rendered(String subject, String body, String template, String language, String source,
                       String fallback) {
    public Rendered {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        fallback = fallback == null ? "" : fallback;
    }

    /** Whether the asked-for language had no template and another language's was used. */
    public boolean fellBack() {
        return !fallback.isEmpty();
    }

    /** The outbox message carrying this text. */
    public OutboundMessage toMessage(String key, DunningAction action, Recipient recipient, Notice notice) {
        return new OutboundMessage(key, action, recipient, notice, subject, body);
    }
}
