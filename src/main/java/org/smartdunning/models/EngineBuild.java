package org.smartdunning.models;

import java.util.Objects;

/**
 * The build of the engine that trained a model: its version and the commit it was built from. What is
 * learned changes from one commit to the next while the archive's {@link ModelFormat} may stay the same,
 * so a model is reused for decisions only by the build that trained it; another build trains its own.
 *
 * @param version the engine's version, e.g. {@code 0.1.0}
 * @param commit  the abbreviated commit, with {@code -dirty} when built from uncommitted changes;
 *                {@code unknown} when built outside a Git checkout
 */
public record EngineBuild(String version, String commit) {
    /** Provenance parameter holding {@link #signature()}. */
    public static final String PARAMETER = "engine_build";
    /** Where the build is not known (built outside a checkout): models are still told apart by version. */
    public static final String UNKNOWN = "unknown";

    public EngineBuild {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(commit, "commit");
        if (version.isBlank() || commit.isBlank() || (version + commit).contains(";") || (version + commit).contains("=")) {
            throw new IllegalArgumentException("an engine build is a version and a commit without ';' or '=': "
                    + version + " " + commit);
        }
    }

    /** One short word naming both, as saved in the provenance and matched by the store. */
    public String signature() {
        return version + "@" + commit;
    }
}
