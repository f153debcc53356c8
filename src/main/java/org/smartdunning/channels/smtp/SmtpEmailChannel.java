package org.smartdunning.channels.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.smartdunning.channels.Channel;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.ProviderExcerpt;
import org.smartdunning.history.DunningAction;

/**
 * E-mail reminders over SMTP: one text/plain UTF-8 message per delivery to the recipient's address,
 * with {@code Message-ID: <key@smart-dunning>} and {@code X-Dunning-Key: key}. From is
 * {@link SmtpSettings#fromAddress()} and {@link SmtpSettings#fromName()} (else the creditor's e-mail
 * and name); replies go to the creditor's e-mail. Failures map as {@link SmtpFailures} says; a missing or malformed
 * address is permanent. Returns the Message-ID as the reference.
 *
 * <p>One connection is kept open between messages for throughput. When a reused connection turns
 * out to be gone (the relay closed it while idle or after its per-connection limit), the channel
 * reconnects and sends once more; the only window for a duplicate is a drop after the relay took the
 * message but before it said so, and that duplicate carries the same Message-ID. Deliveries are
 * serialised on the one connection; open several channels to send in parallel.
 */
public final class SmtpEmailChannel implements Channel, AutoCloseable {
    private final SmtpSettings settings;
    private final Session session;
    private Transport transport;

    public SmtpEmailChannel(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    private static Properties properties(SmtpSettings settings) {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        props.setProperty("mail.smtp.connectiontimeout", Integer.toString(settings.connectTimeoutMillis()));
        props.setProperty("mail.smtp.timeout", Integer.toString(settings.readTimeoutMillis()));
        props.setProperty("mail.smtp.writetimeout", Integer.toString(settings.readTimeoutMillis()));
        props.setProperty("mail.smtp.auth", Boolean.toString(settings.authenticates()));
        props.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        props.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        props.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
        return props;
    }

    @Override
    public DunningAction action() {
        return DunningAction.EMAIL;
    }

    @Override
    public synchronized DeliveryResult deliver(OutboundMessage message) {
        String to = message.recipient().email();
        if (to == null || to.isBlank()) {
            return DeliveryResult.permanentFailure("customer " + message.recipient().customerId()
                    + " has no e-mail address");
        }
        ProviderExcerpt excerpt = ProviderExcerpt.of(message, settings.password().reveal());
        MimeMessage mime;
        try {
            mime = KeyedMimeMessage.compose(session, settings, message, to.trim());
        } catch (AddressException e) {
            return DeliveryResult.permanentFailure("invalid e-mail address: " + excerpt.of(e.getMessage()));
        } catch (MessagingException | UnsupportedEncodingException e) {
            return DeliveryResult.permanentFailure("cannot compose the e-mail: " + excerpt.of(e.getMessage()));
        }
        try {
            send(mime);
            return DeliveryResult.delivered(KeyedMimeMessage.messageId(message.safeKey()));
        } catch (MessagingException e) {
            // After any failure the session's state is unknown: start the next message on a fresh one.
            disconnect();
            return SmtpFailures.classify(e, excerpt);
        } catch (IllegalStateException e) {
            // Jakarta Mail's "not connected" when the transport closed itself unnoticed: retry later.
            disconnect();
            return DeliveryResult.transientFailure("SMTP connection lost: " + excerpt.of(e.getMessage()));
        }
    }

    private void send(MimeMessage mime) throws MessagingException {
        boolean reused = transport != null;
        connect();
        try {
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            if (!reused || !SmtpFailures.connectionLost(e)) {
                throw e;
            }
            disconnect();
            connect();
            transport.sendMessage(mime, mime.getAllRecipients());
        }
    }

    private void connect() throws MessagingException {
        if (transport != null) {
            return;
        }
        Transport fresh = session.getTransport("smtp");
        fresh.connect(settings.host(), settings.port(), settings.authenticates() ? settings.username() : null,
                settings.authenticates() ? settings.password().reveal() : null);
        transport = fresh;
    }

    private void disconnect() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // The connection is being dropped anyway; a failed QUIT changes nothing.
        }
        transport = null;
    }

    /** Closes the kept connection; the channel reconnects if used again. */
    @Override
    public synchronized void close() {
        disconnect();
    }
}
