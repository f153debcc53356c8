package org.smartdunning.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.FolderCreditor;

/**
 * Finds the creditors' contract folders among the job's inputs, on any file system Hadoop reads:
 * an input holding an {@code as_of} file is one creditor's folder, any other input is a folder of
 * such folders. A folder's creditor is its {@code creditor} file, else the folder's own name; two
 * folders of one creditor are refused before any work, since their decisions would mix.
 */
final class CreditorFolders {
    private static final String AS_OF = "as_of";

    private CreditorFolders() {
    }

    static List<CreditorFolder> find(List<String> inputs, Configuration hadoop) {
        List<CreditorFolder> found = new ArrayList<>();
        for (String input : inputs) {
            found.addAll(in(new Path(input), hadoop));
        }
        Map<String, CreditorFolder> byCreditor = new HashMap<>();
        for (CreditorFolder folder : found) {
            CreditorFolder other = byCreditor.putIfAbsent(folder.creditor(), folder);
            if (other != null) {
                throw new IllegalArgumentException("creditor '" + folder.creditor() + "' has two folders, " + other.location()
                        + " and " + folder.location() + ": give one folder per creditor");
            }
        }
        found.sort(Comparator.comparing(CreditorFolder::creditor));
        return List.copyOf(found);
    }

    private static List<CreditorFolder> in(Path input, Configuration hadoop) {
        try {
            FileSystem fs = input.getFileSystem(hadoop);
            if (!fs.isDirectory(input)) {
                throw new IllegalArgumentException("--data " + input + ": no such folder");
            }
            if (fs.exists(new Path(input, AS_OF))) {
                return List.of(folder(fs, fs.getFileStatus(input).getPath()));
            }
            List<CreditorFolder> folders = new ArrayList<>();
            FileStatus[] children = fs.listStatus(input);
            Arrays.sort(children);
            for (FileStatus child : children) {
                if (child.isDirectory() && fs.exists(new Path(child.getPath(), AS_OF))) {
                    folders.add(folder(fs, child.getPath()));
                }
            }
            if (folders.isEmpty()) {
                throw new IllegalArgumentException("--data " + input + ": neither a creditor's folder (no " + AS_OF
                        + " file) nor a folder of them");
            }
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
        }
    }

    private static CreditorFolder folder(FileSystem fs, Path folder) throws IOException {
        Path file = new Path(folder, FolderCreditor.FILE);
        String id = folder.getName();
        if (fs.exists(file)) {
            try (FSDataInputStream in = fs.open(file)) {
                id = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("").trim();
            }
        }
        try {
            return new CreditorFolder(new CreditorId(id).value(), folder.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(folder + ": " + e.getMessage() + (fs.exists(file) ? " (its creditor file)"
                    : " (the folder's name, as it has no creditor file)"), e);
        }
    }
}
