package org.smartdunning.channels.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartdunning.channels.DeliveryResult;
import org.smartdunning.channels.OutboundMessage;
import org.smartdunning.channels.Recipient;
import org.smartdunning.channels.SampleMessages;
import org.smartdunning.config.Secret;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;

/** The e-mail channel against GreenMail, a real SMTP server, and a scripted one for the replies GreenMail never gives. */
class SmtpEmailChannelIT {
    private GreenMail greenMail;

    @BeforeEach
    void startServer() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
    }

    @AfterEach
    void stopServer() {
        greenMail.stop();
    }

    private SmtpSettings settings(int port) {
        return SmtpSettings.relay("127.0.0.1", port, "dunning@mail.smart-dunning.test").withTimeouts(2_000, 2_000);
    }

    private SmtpEmailChannel channel() {
        return new SmtpEmailChannel(settings(greenMail.getSmtp().getPort()));
    }

    private static OutboundMessage email(String key, String to) {
        OutboundMessage sample = SampleMessages.message(key, DunningAction.EMAIL, "sv");
        Recipient r = sample.recipient();
        return new OutboundMessage(key, DunningAction.EMAIL,
                new Recipient(r.customerId(), to, r.phone(), r.postalCode(), r.country(), r.language()),
                sample.notice(), sample.subject(), sample.body());
    }

    @Test
    void sendsPlainTextUtf8WithTheKeyAsMessageId() throws Exception {
        try (SmtpEmailChannel channel = channel()) {
            DeliveryResult result = channel.deliver(email("INV-2025-004711:reminder", "anna.lund@example.se"));

            assertThat(result.delivered()).as(result.detail()).isTrue();
            assertThat(result.reference()).isEqualTo("<INV-2025-004711%3Areminder@smart-dunning>");
        }
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Påminnelse: faktura INV-2025-004711");
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat(((String) received.getContent()).replace("\r\n", "\n"))
                .isEqualTo("Hej Anna!\n\nVi har ännu inte fått betalt. Åtgärda gärna snart.");
        assertThat(received.getMessageID()).isEqualTo("<INV-2025-004711%3Areminder@smart-dunning>");
        assertThat(received.getHeader("X-Dunning-Key", null)).isEqualTo("INV-2025-004711:reminder");
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("dunning@mail.smart-dunning.test");
        assertThat(from.getPersonal()).isEqualTo("Nordtele AB");
        assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress()).isEqualTo("kundservice@nordtele.se");
        assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress()).isEqualTo("anna.lund@example.se");
    }

    @Test
    void withoutAFromAddressTheCreditorsAddressSends() throws Exception {
        SmtpSettings noFrom = SmtpSettings.relay("127.0.0.1", greenMail.getSmtp().getPort(), "");
        try (SmtpEmailChannel channel = new SmtpEmailChannel(noFrom)) {
            assertThat(channel.deliver(email("k-1", "anna.lund@example.se")).delivered()).isTrue();
        }
        greenMail.waitForIncomingEmail(5_000, 1);
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("kundservice@nordtele.se");
        assertThat(received.getReplyTo()[0]).isEqualTo(received.getFrom()[0]);
    }

    @Test
    void aResendOfTheSameKeyCarriesTheSameMessageId() throws Exception {
        try (SmtpEmailChannel channel = channel()) {
            channel.deliver(email("k-7", "anna.lund@example.se"));
            channel.deliver(email("k-7", "anna.lund@example.se"));
        }
        greenMail.waitForIncomingEmail(5_000, 2);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID()).isEqualTo("<k-7@smart-dunning>");
    }

    @Test
    void reconnectsWhenTheRelayWasRestarted() throws Exception {
        int port = greenMail.getSmtp().getPort();
        try (SmtpEmailChannel channel = channel()) {
            assertThat(channel.deliver(email("k-1", "a@example.se")).delivered()).isTrue();
            greenMail.stop();
            DeliveryResult whileDown = channel.deliver(email("k-2", "a@example.se"));
            assertThat(whileDown.status()).isEqualTo(DeliveryResult.Status.TRANSIENT_FAILURE);

            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            DeliveryResult afterRestart = channel.deliver(email("k-2", "a@example.se"));
            assertThat(afterRestart.delivered()).as(afterRestart.detail()).isTrue();
        }
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()[0].getMessageID()).isEqualTo("<k-2@smart-dunning>");
    }

    @Test
    void aClosedPortIsTransient() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (SmtpEmailChannel channel = new SmtpEmailChannel(settings(closed))) {
            DeliveryResult result = channel.deliver(email("k-1", "a@example.se"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TRANSIENT_FAILURE);
            assertThat(result.detail()).contains("connect");
        }
    }

    @Test
    void aRelayThatNeverAnswersTimesOutAsTransient() throws IOException {
        try (ScriptedSmtpServer silent = new ScriptedSmtpServer(a -> "250 OK", 0, true);
             SmtpEmailChannel channel = new SmtpEmailChannel(settings(silent.port()).withTimeouts(500, 500))) {
            long start = System.nanoTime();
            DeliveryResult result = channel.deliver(email("k-1", "a@example.se"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TRANSIENT_FAILURE);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        }
    }

    @Test
    void aFailedLoginIsTransientBecauseItIsTheRelaysConfiguration() {
        greenMail.stop();
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("dunning", "right"));
        greenMail.start();
        SmtpSettings wrong = settings(greenMail.getSmtp().getPort()).withLogin("dunning", Secret.of("wrong"), false);
        try (SmtpEmailChannel channel = new SmtpEmailChannel(wrong)) {
            DeliveryResult result = channel.deliver(email("k-1", "a@example.se"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TRANSIENT_FAILURE);
            assertThat(result.detail()).contains("login", "535");
        }
        SmtpSettings right = settings(greenMail.getSmtp().getPort()).withLogin("dunning", Secret.of("right"), false);
        try (SmtpEmailChannel channel = new SmtpEmailChannel(right)) {
            assertThat(channel.deliver(email("k-1", "a@example.se")).delivered()).isTrue();
        }
    }

    @Test
    void aMissingOrMalformedAddressIsPermanentAndNothingIsSent() throws IOException {
        try (ScriptedSmtpServer relay = ScriptedSmtpServer.accepting();
             SmtpEmailChannel channel = new SmtpEmailChannel(settings(relay.port()))) {
            OutboundMessage sample = SampleMessages.message("k-1", DunningAction.EMAIL, "sv");
            OutboundMessage noAddress = new OutboundMessage("k-1", DunningAction.EMAIL,
                    new Recipient(new CustomerId("C-9"), null, "+4670", "", "SE", "sv"), sample.notice(), "S", "B");

            DeliveryResult missing = channel.deliver(noAddress);
            DeliveryResult malformed = channel.deliver(email("k-2", "anna.lund at example"));
            DeliveryResult blank = channel.deliver(email("k-3", "  "));

            assertThat(missing.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
            assertThat(missing.detail()).contains("C-9", "no e-mail address");
            assertThat(malformed.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
            assertThat(malformed.detail()).contains("invalid e-mail address");
            assertThat(blank.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
            assertThat(relay.connections()).isZero();
        }
    }

    /** GreenMail accepts every recipient; a scripted relay gives the 5xx and 4xx replies real relays give. */
    @Test
    void aRejectedRecipientIsPermanentAndADeferredOneTransient() throws IOException {
        try (ScriptedSmtpServer relay = new ScriptedSmtpServer(address -> switch (address) {
                case "gone@example.se" -> "550 5.1.1 <gone@example.se>: mailbox unavailable";
                case "full@example.se" -> "452 4.2.2 mailbox full, try later";
                default -> "250 OK";
            }, 0, false);
             SmtpEmailChannel channel = new SmtpEmailChannel(settings(relay.port()))) {
            DeliveryResult gone = channel.deliver(email("k-1", "gone@example.se"));
            DeliveryResult full = channel.deliver(email("k-2", "full@example.se"));
            DeliveryResult fine = channel.deliver(email("k-3", "anna@example.se"));

            assertThat(gone.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
            assertThat(gone.detail()).contains("550", "mailbox unavailable");
            assertThat(full.status()).isEqualTo(DeliveryResult.Status.TRANSIENT_FAILURE);
            assertThat(full.detail()).contains("452");
            assertThat(fine.delivered()).as(fine.detail()).isTrue();
            assertThat(relay.messages()).hasSize(1);
        }
    }

    @Test
    void aRejectionEchoingTheAddressIsKeptAsItsCodeWithoutTheAddress() throws IOException {
        try (ScriptedSmtpServer relay = new ScriptedSmtpServer(
                address -> "550 5.1.1 <" + address + ">: Recipient address rejected: user anna.berg@example.se unknown",
                0, false);
             SmtpEmailChannel channel = new SmtpEmailChannel(settings(relay.port())
                     .withLogin("dunning", Secret.of("relay-pw-77"), false).withTimeouts(2_000, 2_000))) {
            DeliveryResult result = channel.deliver(email("k-1", "anna.berg@example.se"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
            assertThat(result.detail()).contains("550", "Recipient address rejected")
                    .doesNotContain("anna.berg", "example.se", "relay-pw-77");
        }
    }

    @Test
    void aRelayDemandingALoginIsTransientNotABadAddress() throws IOException {
        try (ScriptedSmtpServer relay = new ScriptedSmtpServer(a -> "530 5.7.0 Authentication required", 0, false);
             SmtpEmailChannel channel = new SmtpEmailChannel(settings(relay.port()))) {
            DeliveryResult result = channel.deliver(email("k-1", "anna@example.se"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TRANSIENT_FAILURE);
            assertThat(result.detail()).contains("530", "login");
        }
    }

    @Test
    void keepsOneConnectionForManyMessages() throws IOException {
        try (ScriptedSmtpServer relay = ScriptedSmtpServer.accepting();
             SmtpEmailChannel channel = new SmtpEmailChannel(settings(relay.port()))) {
            for (int i = 0; i < 5; i++) {
                assertThat(channel.deliver(email("k-" + i, "anna@example.se")).delivered()).isTrue();
            }
            assertThat(relay.connections()).isEqualTo(1);
            assertThat(relay.messages()).hasSize(5);
        }
    }

    @Test
    void aRelayEndingTheConnectionAfterItsLimitIsReconnectedWithoutLosingTheMessage() throws IOException {
        try (ScriptedSmtpServer relay = new ScriptedSmtpServer(address -> "250 OK", 2, false);
             SmtpEmailChannel channel = new SmtpEmailChannel(settings(relay.port()))) {
            for (int i = 0; i < 5; i++) {
                DeliveryResult result = channel.deliver(email("k-" + i, "anna@example.se"));
                assertThat(result.delivered()).as(result.detail()).isTrue();
            }
            assertThat(relay.messages()).hasSize(5);
            assertThat(relay.connections()).isEqualTo(3);
            assertThat(relay.messages()).allSatisfy(m -> assertThat(m).contains("Message-ID: <k-"));
        }
    }
}
