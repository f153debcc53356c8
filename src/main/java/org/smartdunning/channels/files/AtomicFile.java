package org.smartdunning.channels.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file replaced in one step: the content goes to a hidden temporary file next to the target, is
 * forced to disk, then renamed over the target. A crash leaves either the old file or the new one,
 * never a half-written one (at worst a stray {@code .*.tmp} file, which readers ignore).
 */
public final class AtomicFile {
    private final Path target;

    public AtomicFile(Path target) {
        this.target = target.toAbsolutePath();
    }

    /** Writes {@code content} as the file's whole new content, creating parent folders as needed. */
    public void replace(byte[] content) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // Without the force, a rename can reach the disk before the data and a crash leaves an
                // empty file under the final name, which idempotent re-delivery would take as done.
                channel.force(true);
            }
            // Same folder, so the rename never crosses file systems and is atomic.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public Path path() {
        return target;
    }
}
