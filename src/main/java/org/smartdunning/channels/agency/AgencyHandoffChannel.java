package org.smartdunning.channels.agency;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.smartdunning.channels.Channel;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.files.AtomicFile;
import org.smartdunning.history.DunningAction;

/**
 * Collection hand-offs as one CSV per day for the agency, {@code <dir>/collection-<issuedOn>.csv}
 * (UTF-8, header row, columns as {@link HandoffRow#HEADER}). A key already in the file is not added
 * again, so re-delivery is a no-op success. Every append writes the whole new file and renames it
 * over the old one, so a crash leaves the file with or without the row, never half a row; that
 * costs a rewrite of the day's file per claim, which is nothing at daily hand-off volumes (a
 * thousand claims is about 200 KB). The reference is the file's absolute path. One channel
 * instance must be the only writer of the folder; deliveries are serialised on it.
 */
public final class AgencyHandoffChannel implements Channel {
    private final Path dir;

    public AgencyHandoffChannel(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    @Override
    public DunningAction action() {
        return DunningAction.COLLECTION;
    }

    /** The hand-off file of the message's day. */
    public Path fileFor(OutboundMessage message) {
        return dir.resolve("collection-" + message.notice().issuedOn() + ".csv");
    }

    @Override
    public synchronized DeliveryResult deliver(OutboundMessage message) {
        if (message.notice().issuedOn() == null) {
            return DeliveryResult.permanentFailure("hand-off " + message.key() + " has no date to file it under");
        }
        Path file = fileFor(message);
        try {
            String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            Set<String> keys;
            try {
                keys = keys(existing);
            } catch (IllegalStateException e) {
                return DeliveryResult.permanentFailure(file + " " + e.getMessage());
            }
            if (keys.contains(message.key())) {
                return new DeliveryResult(DeliveryResult.Status.DELIVERED, "already in the hand-off file",
                        file.toString());
            }
            new AtomicFile(file).replace(append(existing, HandoffRow.of(message)).getBytes(StandardCharsets.UTF_8));
            return DeliveryResult.delivered(file.toString());
        } catch (IOException | UncheckedIOException e) {
            return DeliveryResult.transientFailure("cannot write hand-off file " + file + ": " + e);
        }
    }

    /** The keys of the rows in {@code csv}; fails when the file has another header than this channel writes. */
    private static Set<String> keys(String csv) {
        Set<String> keys = new HashSet<>();
        if (csv.isEmpty()) {
            return keys;
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext() || !records.next().getFields().equals(HandoffRow.HEADER)) {
                throw new IllegalStateException("does not start with the header " + String.join(",", HandoffRow.HEADER));
            }
            records.forEachRemaining(r -> keys.add(r.getField(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static String append(String existing, HandoffRow row) throws IOException {
        StringWriter text = new StringWriter(existing.length() + 256);
        text.write(existing);
        if (!existing.isEmpty() && !existing.endsWith("\n")) {
            text.write("\r\n");
        }
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            if (existing.isEmpty()) {
                csv.writeRecord(HandoffRow.HEADER);
            }
            csv.writeRecord(row.values());
        }
        return text.toString();
    }
}
