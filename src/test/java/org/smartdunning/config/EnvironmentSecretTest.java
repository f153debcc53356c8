package org.smartdunning.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentSecretTest {
    @TempDir
    Path dir;

    @Test
    void theVariableItselfOrAnOwnerOnlyFileItNames() throws Exception {
        assertThat(EnvironmentSecret.read(Map.of("DB_PW", "s3cret"), "DB_PW").reveal()).isEqualTo("s3cret");
        Path file = dir.resolve("pw");
        Files.writeString(file, "fr0m-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(EnvironmentSecret.read(Map.of("DB_PW_FILE", file.toString()), "DB_PW").reveal())
                .isEqualTo("fr0m-file");
        assertThat(EnvironmentSecret.read(Map.of(), "DB_PW")).isSameAs(Secret.NONE);
    }

    @Test
    void aReadableFileOrBothVariablesAreRefused() throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "fr0m-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> EnvironmentSecret.read(Map.of("DB_PW_FILE", file.toString()), "DB_PW"))
                .hasMessageContaining("rw-r--r-- are too open: the file holding DB_PW_FILE must be readable by its owner")
                .hasMessageNotContaining("fr0m-file");
        assertThatThrownBy(() -> EnvironmentSecret.read(Map.of("DB_PW", "a", "DB_PW_FILE", file.toString()), "DB_PW"))
                .hasMessage("both DB_PW and DB_PW_FILE are set; keep one");
    }
}
