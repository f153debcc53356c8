package org.smartdunning.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Contract folders zipped for the bulk endpoint, as they are or with files replaced or added. */
final class FolderZips {
    private FolderZips() {
    }

    /** The folder's files (truth.csv left out: a creditor does not have it), by relative path. */
    static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.equals("truth.csv")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The files as a zip archive, entries in the given order. */
    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The CSV text with one field of one data row (1-based, after the header) replaced. */
    static byte[] withField(byte[] csv, int row, String column, String value) {
        List<String> lines = new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        int index = List.of(lines.get(0).split(",", -1)).indexOf(column);
        String[] fields = lines.get(row).split(",", -1);
        fields[index] = value;
        List<String> changed = new java.util.ArrayList<>(lines);
        changed.set(row, String.join(",", fields));
        return (String.join("\n", changed) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The values of one column of a CSV file. */
    static List<String> column(byte[] csv, String column) {
        List<String> lines = new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        int index = List.of(lines.get(0).split(",", -1)).indexOf(column);
        return lines.stream().skip(1).map(line -> line.split(",", -1)[index]).toList();
    }
}
