package org.smartdunning.channels.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where template files are read: {@code <name>/<language>.mustache} (e-mail and letter) and
 * {@code <name>/<language>.sms.mustache} (SMS), first in the creditor's folder, when there is one,
 * then among the bundled defaults ({@code templates/} on the class path). A creditor overrides
 * bundled files one by one by placing a file of the same name in its folder.
 */
final class TemplateFiles {
    static final String BUNDLED = "templates/";

    private final Path creditorDir;

    /** {@code creditorDir} may be null: bundled templates only. */
    TemplateFiles(Path creditorDir) {
        this.creditorDir = creditorDir == null ? null : creditorDir.toAbsolutePath();
    }

    /** A template file's text and where it came from. */
    record Found(String text, String source) {
    }

    static String fileName(String language, boolean sms) {
        return language + (sms ? ".sms.mustache" : ".mustache");
    }

    Optional<Found> find(String template, String language, boolean sms) {
        String relative = template + "/" + fileName(language, sms);
        if (creditorDir != null) {
            Path file = creditorDir.resolve(relative);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(new Found(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read template " + file, e);
                }
            }
        }
        try (InputStream in = TemplateFiles.class.getClassLoader().getResourceAsStream(BUNDLED + relative)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Found(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "classpath:" + BUNDLED + relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled template " + relative, e);
        }
    }

    /** The folders searched, for error messages. */
    String searched(String template) {
        String bundled = "the bundled classpath:" + BUNDLED + template + "/";
        return creditorDir == null ? bundled : creditorDir.resolve(template) + "/ and " + bundled;
    }
}
