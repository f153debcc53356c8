package org.smartdunning.channels.smtp;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.smartdunning.channels.Creditor;
import org.smartdunning.channels.OutboundMessage;

/**
 * A dunning e-mail: text/plain UTF-8, and a Message-ID that comes from the outbox key instead of a
 * random one, so a resend after a crash carries the same id and mail clients and archives can
 * recognise the duplicate.
 */
final class KeyedMimeMessage extends MimeMessage {
    static final String DOMAIN = "smart-dunning";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final String messageId;

    private KeyedMimeMessage(Session session, String safeKey) {
        super(session);
        this.messageId = messageId(safeKey);
    }

    /** {@code <key@smart-dunning>} for a key already made safe by {@link OutboundMessage#safeKey()}. */
    static String messageId(String safeKey) {
        return "<" + safeKey + "@" + DOMAIN + ">";
    }

    /**
     * The e-mail for {@code message} to {@code to}. From is the settings' address (else the creditor's)
     * with the settings' name (else the creditor's); replies go to the creditor's address.
     *
     * @throws AddressException when {@code to} is not a valid address
     */
    static MimeMessage compose(Session session, SmtpSettings settings, OutboundMessage message, String to)
            throws MessagingException, UnsupportedEncodingException {
        InternetAddress recipient = new InternetAddress(to, true);
        recipient.validate();
        Creditor creditor = message.notice().creditor();
        String fromAddress = settings.fromAddress().isEmpty() ? creditor.email() : settings.fromAddress();
        if (fromAddress.isBlank()) {
            throw new MessagingException("no sender: set SmtpSettings.fromAddress or the creditor's e-mail");
        }
        String fromName = settings.fromName().isEmpty() ? creditor.name() : settings.fromName();
        MimeMessage mime = new KeyedMimeMessage(session, message.safeKey());
        mime.setFrom(new InternetAddress(fromAddress, fromName, UTF_8));
        if (!creditor.email().isBlank() && !creditor.email().equalsIgnoreCase(fromAddress)) {
            mime.setReplyTo(new InternetAddress[] {new InternetAddress(creditor.email(), creditor.name(), UTF_8)});
        }
        mime.setRecipient(Message.RecipientType.TO, recipient);
        mime.setSubject(message.subject(), UTF_8);
        mime.setText(message.body(), UTF_8);
        mime.setSentDate(new Date());
        // Encoded only when the key is not plain ASCII, as a header must be.
        mime.setHeader("X-Dunning-Key", MimeUtility.encodeText(message.key(), UTF_8, null));
        // RFC 3834: out-of-office and other auto-responders must not answer a machine-sent reminder.
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.saveChanges();
        return mime;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
