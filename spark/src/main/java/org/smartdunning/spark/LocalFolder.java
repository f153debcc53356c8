package org.smartdunning.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/** A creditor's folder made local for the engine, which reads files by path, and the task's working folder removed after. */
final class LocalFolder {
    private LocalFolder() {
    }

    /**
     * The folder as a local path: itself on a local file system, else copied into {@code work}.
     *
     * @param hadoop the driver's Hadoop settings (Configuration itself is not serializable)
     */
    static java.nio.file.Path of(CreditorFolder folder, Map<String, String> hadoop, java.nio.file.Path work)
            throws IOException {
        Path source = new Path(folder.location());
        Configuration configuration = new Configuration();
        hadoop.forEach(configuration::set);
        FileSystem fs = source.getFileSystem(configuration);
        if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
            return java.nio.file.Path.of(fs.makeQualified(source).toUri());
        }
        java.nio.file.Path copy = work.resolve("data");
        fs.copyToLocalFile(false, source, new Path(copy.toUri()), true);
        return copy;
    }

    static void delete(java.nio.file.Path folder) {
        try (Stream<java.nio.file.Path> paths = Files.walk(folder)) {
            for (java.nio.file.Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the task's folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
