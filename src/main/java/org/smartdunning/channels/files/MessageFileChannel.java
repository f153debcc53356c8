package org.smartdunning.channels.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartdunning.channels.Channel;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.history.DunningAction;

/**
 * E-mails or SMS written as text files instead of sent, {@code <dir>/<action>/<issuedOn>/<key>.txt}:
 * for trying the process out (the first look, a rehearsal) with nothing leaving the machine. As with
 * letters, a file appears whole or not at all and a key already written is a no-op success.
 */
public final class MessageFileChannel implements Channel {
    /** File names stay well below the usual 255-byte limit. */
    private static final int MAX_NAME = 200;

    private final DunningAction action;
    private final Path dir;

    public MessageFileChannel(DunningAction action, Path dir) {
        this.action = action;
        this.dir = dir.toAbsolutePath().resolve(action.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public DunningAction action() {
        return action;
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) {
        if (message.safeKey().length() > MAX_NAME) {
            return DeliveryResult.permanentFailure("key too long for a file name: " + message.key());
        }
        String day = message.notice().issuedOn() == null ? "undated" : message.notice().issuedOn().toString();
        Path file = dir.resolve(day).resolve(message.safeKey() + ".txt");
        if (Files.exists(file)) {
            return new DeliveryResult(DeliveryResult.Status.DELIVERED, "already written", file.toString());
        }
        String to = action == DunningAction.SMS ? message.recipient().phone() : message.recipient().email();
        String text = "To: " + to + "\nSubject: " + message.subject() + "\n\n" + message.body() + "\n";
        try {
            new AtomicFile(file).replace(text.getBytes(StandardCharsets.UTF_8));
            return DeliveryResult.delivered(file.toString());
        } catch (IOException e) {
            return DeliveryResult.transientFailure("cannot write message " + file + ": " + e);
        }
    }
}
