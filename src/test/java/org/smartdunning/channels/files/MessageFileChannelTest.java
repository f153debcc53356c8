package org.smartdunning.channels.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.SampleMessages;
import org.smartdunning.history.DunningAction;

/** E-mails and SMS written as files: one per key, by action and day, and a second delivery writes nothing new. */
class MessageFileChannelTest {
    @TempDir
    Path dir;

    @Test
    void writesTheMessageOnceUnderItsActionAndDay() throws Exception {
        OutboundMessage mail = SampleMessages.message("INV-1/remind 1", DunningAction.EMAIL, "sv");
        MessageFileChannel channel = new MessageFileChannel(DunningAction.EMAIL, dir);

        DeliveryResult first = channel.deliver(mail);

        Path file = dir.resolve("email").resolve(SampleMessages.ISSUED_ON.toString()).resolve("INV-1%2Fremind%201.txt");
        assertThat(first.status()).isEqualTo(DeliveryResult.Status.DELIVERED);
        assertThat(first.reference()).isEqualTo(file.toString());
        assertThat(Files.readString(file)).startsWith("To: " + mail.recipient().email() + "\nSubject: " + mail.subject())
                .contains(mail.body());
        Files.writeString(file, "kept");
        DeliveryResult again = channel.deliver(mail);
        assertThat(again.status()).isEqualTo(DeliveryResult.Status.DELIVERED);
        assertThat(Files.readString(file)).as("a key already written is not written again").isEqualTo("kept");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void anSmsGoesToThePhoneNumber() throws Exception {
        OutboundMessage sms = SampleMessages.message("INV-2-sms", DunningAction.SMS, "sv");

        DeliveryResult result = new MessageFileChannel(DunningAction.SMS, dir).deliver(sms);

        assertThat(Files.readString(Path.of(result.reference()))).startsWith("To: " + sms.recipient().phone() + "\n");
        assertThat(Path.of(result.reference())).startsWith(dir.resolve("sms"));
    }
}
