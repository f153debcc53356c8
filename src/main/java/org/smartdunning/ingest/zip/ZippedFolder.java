package org.smartdunning.ingest.zip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A contract folder unpacked from a zip into a temporary directory, deleted on close. Entries may
 * sit at the root or under one top folder. Refused: paths that leave the directory, more than
 * {@value #MAX_ENTRIES} entries, or more than {@code maxBytes} unpacked (a zip bomb).
 */
public final class ZippedFolder implements AutoCloseable {
    static final int MAX_ENTRIES = 1_000;
    private final Path root;
    private final Path folder;

    private ZippedFolder(Path root, Path folder) {
        this.root = root;
        this.folder = folder;
    }

    /**
     * Unpacks the archive.
     *
     * @throws IllegalArgumentException naming the entry and the reason when the archive is refused
     */
    public static ZippedFolder unpack(InputStream zip, long maxBytes) {
        Path root;
        try {
            root = Files.createTempDirectory("dunning-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the upload", e);
        }
        try (ZipInputStream in = new ZipInputStream(zip)) {
            long total = 0;
            int entries = 0;
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new IllegalArgumentException("the archive holds more than " + MAX_ENTRIES + " entries");
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new IllegalArgumentException("entry '" + entry.getName() + "' leaves the folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxBytes) {
                            throw new IllegalArgumentException("the archive unpacks to more than " + maxBytes + " bytes");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
            if (entries == 0) {
                throw new IllegalArgumentException("not a zip archive, or an empty one");
            }
            return new ZippedFolder(root, folderIn(root));
        } catch (ZipException | java.io.EOFException e) {
            delete(root);
            throw new IllegalArgumentException("not a readable zip archive: " + e.getMessage(), e);
        } catch (IOException e) {
            delete(root);
            throw new UncheckedIOException("cannot unpack the archive", e);
        } catch (RuntimeException e) {
            delete(root);
            throw e;
        }
    }

    /** The folder itself: the root, or the one folder inside it when the root holds nothing else. */
    private static Path folderIn(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            var all = children.toList();
            return all.size() == 1 && Files.isDirectory(all.get(0)) ? all.get(0) : root;
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        delete(root);
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the upload's answer matters more
        }
    }
}
