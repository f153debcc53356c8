package org.smartdunning.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder a command makes and marks as its own, so a re-run may clear it and never anything else. */
public final class WorkingFolder {
    private WorkingFolder() {
    }

    /** Makes and marks the folder; refuses a non-empty folder that does not carry the marker. */
    public static void claim(Path dir, String marker, String owner) throws IOException {
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve(marker))) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty and was not made by the " + owner + "; choose --dir");
                }
            }
        }
        Files.createDirectories(dir);
        if (!Files.exists(dir.resolve(marker))) {
            Files.createFile(dir.resolve(marker));
        }
    }

    /** Deletes the folder's content and makes it anew, empty. */
    public static Path emptied(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
