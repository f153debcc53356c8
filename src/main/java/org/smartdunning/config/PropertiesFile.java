package org.smartdunning.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@code .properties} file read strictly: unknown keys and malformed values are rejected with
 * {@code file:line: reason}; absent or blank keys take the caller's documented default.
 */
public final class PropertiesFile {
    private final String fileName;
    private final String text;
    private final Properties values = new Properties();

    private PropertiesFile(String fileName, String text, Set<String> keys) {
        this.fileName = fileName;
        this.text = text;
        try {
            values.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
        }
        for (String key : values.stringPropertyNames()) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException(where(key) + "unknown key '" + key + "'; known keys: "
                        + keys.stream().sorted().toList());
            }
        }
    }

    /** The file's values; an absent file reads as empty, so every key takes its default. */
    public static PropertiesFile read(Path file, Set<String> keys) {
        if (file == null || !Files.isRegularFile(file)) {
            return new PropertiesFile(String.valueOf(file), "", keys);
        }
        try {
            return new PropertiesFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8), keys);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses text as if read from {@code fileName}. */
    public static PropertiesFile parse(String fileName, String text, Set<String> keys) {
        return new PropertiesFile(fileName, text, keys);
    }

    public String text(String key, String fallback) {
        String v = values.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    public double decimal(String key, double fallback) {
        return value(key, fallback, Double::parseDouble, "a number");
    }

    public int whole(String key, int fallback) {
        return value(key, fallback, Integer::parseInt, "a whole number");
    }

    public boolean flag(String key, boolean fallback) {
        return value(key, fallback, v -> {
            if (!v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException(v);
            }
            return Boolean.parseBoolean(v);
        }, "true or false");
    }

    /** A value read by {@code parse}; its failure is reported as "KEY must be WHAT". */
    public <T> T value(String key, T fallback, Function<String, T> parse, String what) {
        String v = values.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(v.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where(key) + key + " must be " + what + ", was '" + MaskedUrl.mask(v.trim())
                    + "'", e);
        }
    }

    /** An error about a key's value that passed parsing but breaks a rule, at the key's line. */
    public IllegalArgumentException problem(String key, String reason) {
        return new IllegalArgumentException(where(key) + reason);
    }

    private String where(String key) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith(key) && line.substring(key.length()).stripLeading().matches("^[=:].*")) {
                return fileName + ":" + (i + 1) + ": ";
            }
        }
        return fileName + ": ";
    }
}
