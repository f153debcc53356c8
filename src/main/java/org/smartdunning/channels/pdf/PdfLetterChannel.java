package org.smartdunning.channels.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartdunning.channels.Channel;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.files.AtomicFile;
import org.smartdunning.history.DunningAction;

/**
 * Letter reminders as one A4 PDF per message, {@code <lettersDir>/<issuedOn>/<key>.pdf} (the key made
 * file-safe by {@link OutboundMessage#safeKey()}), for the print-and-post service to pick up. The file
 * appears whole or not at all; when it already exists the delivery is a no-op success, so re-delivery
 * of a key never prints a second letter. The reference is the file's absolute path. An I/O error
 * (disk full, folder not writable) is transient; a message without an issue date is permanent.
 */
public final class PdfLetterChannel implements Channel {
    /** File names stay well below the usual 255-byte limit. */
    private static final int MAX_NAME = 200;

    private final Path lettersDir;

    public PdfLetterChannel(Path lettersDir) {
        this.lettersDir = lettersDir.toAbsolutePath();
    }

    @Override
    public DunningAction action() {
        return DunningAction.LETTER;
    }

    /** Where the letter for {@code message} is (or will be) written. */
    public Path fileFor(OutboundMessage message) {
        return lettersDir.resolve(message.notice().issuedOn().toString()).resolve(message.safeKey() + ".pdf");
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) {
        if (message.notice().issuedOn() == null) {
            return DeliveryResult.permanentFailure("letter " + message.key() + " has no issue date to file it under");
        }
        if (message.safeKey().length() > MAX_NAME) {
            return DeliveryResult.permanentFailure("key too long for a file name: " + message.key());
        }
        Path file = fileFor(message);
        if (Files.exists(file)) {
            return new DeliveryResult(DeliveryResult.Status.DELIVERED, "already written", file.toString());
        }
        try {
            new AtomicFile(file).replace(new LetterPdf(message).render());
            return DeliveryResult.delivered(file.toString());
        } catch (IOException e) {
            return DeliveryResult.transientFailure("cannot write letter " + file + ": " + e);
        }
    }
}
