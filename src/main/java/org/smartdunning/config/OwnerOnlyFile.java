package org.smartdunning.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * A secret kept in a file that only its owner may read, as ssh demands of a private key: a file
 * that its group or anyone else may read, write or run is refused before it is read, with the
 * permissions found and the {@code chmod} that fixes them.
 */
public final class OwnerOnlyFile {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnlyFile() {
    }

    /**
     * The secret in {@code file}, its surrounding whitespace stripped.
     *
     * @param purpose what the secret is for, named in errors (e.g. {@code smtp.password})
     * @throws IllegalArgumentException when the file is missing, empty, unreadable or readable by others;
     *                                  the message never holds the file's content
     */
    public static Secret read(Path file, String purpose) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file (it should hold " + purpose + ")");
        }
        try {
            // File systems without POSIX permissions (Windows) have their own access lists; nothing to check here.
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    throw new IllegalArgumentException(file + ": permissions " + PosixFilePermissions.toString(permissions)
                            + " are too open: the file holding " + purpose + " must be readable by its owner only"
                            + " (chmod 600 " + file + ")");
                }
            }
            Secret secret = Secret.of(Files.readString(file, StandardCharsets.UTF_8));
            if (secret.isEmpty()) {
                throw new IllegalArgumentException(file + ": is empty (it should hold " + purpose + ")");
            }
            return secret;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
