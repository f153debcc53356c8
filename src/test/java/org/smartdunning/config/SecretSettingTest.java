package org.smartdunning.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretSettingTest {
    private static final Set<String> KEYS = SecretSetting.keys("smtp.password");

    @TempDir
    Path dir;

    private static Secret read(String text, Map<String, String> env) {
        return SecretSetting.read(PropertiesFile.parse("dunning.properties", text, KEYS), "smtp.password", env);
    }

    private Path secretFile(String content, String permissions) throws Exception {
        Path file = dir.resolve("smtp-password");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    void fromTheEnvironmentVariableItNames() {
        Secret secret = read("smtp.password.env=SMTP_PW\n", Map.of("SMTP_PW", "hunter2"));
        assertThat(secret.reveal()).isEqualTo("hunter2");
        assertThat(secret).hasToString("***");
    }

    @Test
    void fromAFileOnlyItsOwnerMayRead() throws Exception {
        Path file = secretFile("hunter2\n", "rw-------");
        assertThat(read("smtp.password.file=" + file + "\n", Map.of()).reveal()).isEqualTo("hunter2");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertThat(read("smtp.password.file=" + file + "\n", Map.of()).reveal()).isEqualTo("hunter2");
    }

    @Test
    void aFileOthersMayReadIsRefusedLikeSshDoesAndItsContentIsNotShown() throws Exception {
        for (String open : new String[] {"rw-r--r--", "rw-r-----", "rw----r--", "rw--w----"}) {
            Path file = secretFile("hunter2\n", open);
            assertThatThrownBy(() -> read("# mail\nsmtp.password.file=" + file + "\n", Map.of()))
                    .as(open)
                    .hasMessage("dunning.properties:2: " + file + ": permissions " + open + " are too open: the file"
                            + " holding smtp.password must be readable by its owner only (chmod 600 " + file + ")")
                    .hasMessageNotContaining("hunter2");
        }
    }

    @Test
    void aMissingOrEmptyFileIsNamed() throws Exception {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> read("smtp.password.file=" + missing + "\n", Map.of()))
                .hasMessage("dunning.properties:1: " + missing + ": no such file (it should hold smtp.password)");
        Path empty = secretFile("\n", "rw-------");
        assertThatThrownBy(() -> read("smtp.password.file=" + empty + "\n", Map.of()))
                .hasMessageEndingWith(empty + ": is empty (it should hold smtp.password)");
    }

    @Test
    void anUnsetVariableIsNamedWithItsLine() {
        assertThatThrownBy(() -> read("# mail\nsmtp.password.env=SMTP_PW\n", Map.of("OTHER", "x")))
                .hasMessage("dunning.properties:2: smtp.password.env names the environment variable SMTP_PW,"
                        + " which is not set or empty");
    }

    @Test
    void givenTwoWaysItIsRefused() {
        assertThatThrownBy(() -> read("smtp.password=plain\nsmtp.password.env=SMTP_PW\n", Map.of("SMTP_PW", "x")))
                .hasMessage("dunning.properties:2: smtp.password is given more than once (smtp.password,"
                        + " smtp.password.env); keep one")
                .hasMessageNotContaining("plain");
    }

    @Test
    void plainTextStillWorksForLocalTestingAndAbsentIsNone() {
        assertThat(read("smtp.password=local-only\n", Map.of()).reveal()).isEqualTo("local-only");
        assertThat(read("", Map.of())).isSameAs(Secret.NONE).hasToString("(none)");
    }
}
