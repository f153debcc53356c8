package org.smartdunning.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.channels.files.MessageFileChannel;
import org.smartdunning.history.DunningAction;

class RunSettingsTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleStatesExactlyTheDefaults() {
        RunSettings example = RunSettings.read(Path.of("examples/dunning.properties"));
        RunSettings defaults = RunSettings.read(null);
        assertThat(example).isEqualTo(defaults);
        assertThat(defaults.smtp().host()).isEqualTo("localhost");
        assertThat(defaults.smtp().port()).isEqualTo(25);
        assertThat(defaults.sms()).isNull();
        assertThat(defaults.lettersDir()).isEqualTo(Path.of("out/letters"));
        assertThat(defaults.retry().maxAttempts()).isEqualTo(5);
        assertThat(defaults.retry().base()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.catchUpDays()).isEqualTo(7);
        assertThat(defaults.serveAt()).isEqualTo(LocalTime.of(6, 0));
    }

    @Test
    void smsProviderIsConfiguredByItsEndpoint() throws Exception {
        Path file = dir.resolve("d.properties");
        Files.writeString(file, "sms.endpoint=https://sms.example.com/v1/messages\nsms.token=t0k\nsms.sender=Nordtel\n");
        RunSettings s = RunSettings.read(file);
        assertThat(s.sms().endpoint().getHost()).isEqualTo("sms.example.com");
        assertThat(s.sms().sender()).isEqualTo("Nordtel");
    }

    @Test
    void messagesDirWritesEmailsAndSmsAsFilesPlacedLikeTheLetters() throws Exception {
        assertThat(RunSettings.read(null).messagesDir()).as("sent by default").isNull();
        Path file = dir.resolve("m.properties");
        Files.writeString(file, "messages.dir=out/messages\n");
        RunSettings s = RunSettings.read(file);
        assertThat(s.messagesDir()).isEqualTo(Path.of("out/messages"));
        assertThat(s.within(dir).ofCreditor("acme").messagesDir()).isEqualTo(dir.resolve("out/messages/acme"));
        try (ProcessSetup setup = ProcessSetup.load(Path.of("examples/workflows/se-telecom.yaml"), null, s.within(dir))) {
            assertThat(setup.daily().channels().get(DunningAction.EMAIL))
                    .isInstanceOf(MessageFileChannel.class);
            assertThat(setup.daily().channels().get(DunningAction.SMS))
                    .isInstanceOf(MessageFileChannel.class);
        }
    }

    @Test
    void badValuesAreRejectedWithFileLineAndReason() throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "# settings\nsmtp.port=twenty-five\n");
        assertThatThrownBy(() -> RunSettings.read(file))
                .hasMessage(file + ":2: smtp.port must be a whole number, was 'twenty-five'");
        Files.writeString(file, "retry.max_attempts=0\n");
        assertThatThrownBy(() -> RunSettings.read(file))
                .hasMessage(file + ":1: retry settings: maxAttempts must be at least 1, was 0");
        Files.writeString(file, "\n\nserve.at=6am\n");
        assertThatThrownBy(() -> RunSettings.read(file))
                .hasMessage(file + ":3: serve.at must be a time of day like 06:00, was '6am'");
        Files.writeString(file, "smtp.hots=mail\n");
        assertThatThrownBy(() -> RunSettings.read(file)).hasMessageStartingWith(file + ":1: unknown key 'smtp.hots'");
        Files.writeString(file, "sms.endpoint=ftp://x\n");
        assertThatThrownBy(() -> RunSettings.read(file)).hasMessageStartingWith(file + ":1: sms.endpoint must be an http(s) URL");
    }

    @Test
    void secretsComeFromTheEnvironmentOrAnOwnerOnlyFileAndAreNeverPrinted() throws Exception {
        Path token = dir.resolve("sms-token");
        Files.writeString(token, "t0k-from-file\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        Path file = dir.resolve("secrets.properties");
        Files.writeString(file, "smtp.username=dunning\nsmtp.password.env=DUNNING_SMTP_PASSWORD\n"
                + "sms.endpoint=https://sms.example.com/v1/messages\nsms.token.file=" + token + "\n");

        RunSettings s = RunSettings.read(file, Map.of("DUNNING_SMTP_PASSWORD", "pw-from-env"));

        assertThat(s.smtp().password().reveal()).isEqualTo("pw-from-env");
        assertThat(s.sms().token().reveal()).isEqualTo("t0k-from-file");
        assertThat(s.toString()).doesNotContain("pw-from-env", "t0k-from-file");
    }

    @Test
    void aBadEndpointIsReportedWithItsPasswordMasked() throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "sms.endpoint=ftp://alice:Sup3rSecret@sms.example.com/v1\n");
        assertThatThrownBy(() -> RunSettings.read(file))
                .hasMessage(file + ":1: sms.endpoint must be an http(s) URL, was 'ftp://alice:***@sms.example.com/v1'")
                .satisfies(e -> assertThat(e.getCause().getMessage()).doesNotContain("Sup3rSecret"));
    }
}
