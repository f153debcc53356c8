package org.smartdunning.channels.smtp;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.ProviderExcerpt;

/**
 * What an SMTP failure means for the outbox: a 4xx reply, a refused or lost connection or a
 * timeout is transient (try again later); a 5xx reply is permanent (this message will not go by
 * e-mail; fall back). A refused login (or a relay demanding one, or TLS) is transient although it
 * comes as 5xx: it is the relay's configuration, not the debtor's address, and sending every debtor a
 * costly letter instead would be worse than waiting for the fix. The relay's reply is kept as its
 * code and a {@link ProviderExcerpt}: a rejected recipient's address or an echoed line never reaches the store.
 */
final class SmtpFailures {
    /**
     * Replies about our login or encryption, not about the message (RFC 4954: authentication required,
     * mechanism too weak, credentials invalid, encryption required).
     */
    private static final Set<Integer> RELAY_REFUSES_US = Set.of(530, 534, 535, 538);
    /** The reply a server sends before it closes the connection (RFC 5321 4.2.3). */
    private static final int SERVICE_CLOSING = 421;

    private SmtpFailures() {
    }

    static DeliveryResult classify(MessagingException failure, ProviderExcerpt excerpt) {
        int code = replyCode(failure);
        String reply = excerpt.of(describe(failure));
        if (RELAY_REFUSES_US.contains(code) || failure instanceof AuthenticationFailedException) {
            return DeliveryResult.transientFailure("SMTP relay refuses our login or connection (check the username,"
                    + " password and STARTTLS settings): " + reply);
        }
        if (code >= 500 && code < 600) {
            return DeliveryResult.permanentFailure("SMTP " + code + " rejected: " + reply);
        }
        if (code >= 400 && code < 500) {
            return DeliveryResult.transientFailure("SMTP " + code + " deferred: " + reply);
        }
        if (failure instanceof MailConnectException) {
            return DeliveryResult.transientFailure("cannot connect to SMTP relay: " + reply);
        }
        return DeliveryResult.transientFailure("SMTP failure: " + reply);
    }

    /**
     * Whether the connection itself went away (the relay closed an idle connection, ended it after
     * its per-connection message limit, or the network dropped): reconnecting may help at once.
     */
    static boolean connectionLost(MessagingException failure) {
        int code = replyCode(failure);
        if (code == SERVICE_CLOSING || code == -1) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The first SMTP reply code in the exception chain; -1 for "no reply" (end of stream), 0 when none is known. */
    static int replyCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException e) {
                return e.getReturnCode();
            }
        }
        return 0;
    }

    /** The messages of the chain, joined: the relay's reply text is often only in a nested exception. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 400; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (!text.toString().contains(message)) {
                text.append(text.length() == 0 ? "" : "; ").append(message);
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
