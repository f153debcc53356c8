package org.smartdunning.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.smartdunning.models.EngineBuild;

/** Reads this engine's {@link EngineBuild} from the properties the build writes beside the classes (git-commit-id). */
final class BuildProperties {
    static final String RESOURCE = "/smart-dunning-build.properties";
    private static final EngineBuild CURRENT = read();

    private BuildProperties() {
    }

    /** This engine's build; version and commit {@code unknown} where the build wrote no properties. */
    static EngineBuild current() {
        return CURRENT;
    }

    private static EngineBuild read() {
        try (InputStream in = BuildProperties.class.getResourceAsStream(RESOURCE)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String commit = value(p, "git.commit.id.abbrev");
            if (Boolean.parseBoolean(p.getProperty("git.dirty")) && !commit.equals(EngineBuild.UNKNOWN)) {
                commit += "-dirty";
            }
            return new EngineBuild(value(p, "git.build.version"), commit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static String value(Properties p, String key) {
        String value = p.getProperty(key, "").strip();
        return value.isEmpty() ? EngineBuild.UNKNOWN : value;
    }
}
