package org.smartdunning.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * A secret handed over in the environment, as container platforms do: the variable {@code NAME}
 * holds it, or {@code NAME_FILE} names a file only its owner may read that holds it.
 */
public final class EnvironmentSecret {
    private EnvironmentSecret() {
    }

    /**
     * The secret of {@code name} in {@code env}, or {@link Secret#NONE} when neither variable is set.
     *
     * @throws IllegalArgumentException when both are set, or the file cannot be used
     */
    public static Secret read(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "");
        String file = env.getOrDefault(name + "_FILE", "");
        if (!value.isBlank() && !file.isBlank()) {
            throw new IllegalArgumentException("both " + name + " and " + name + "_FILE are set; keep one");
        }
        if (!file.isBlank()) {
            return OwnerOnlyFile.read(Path.of(file.strip()), name + "_FILE");
        }
        return Secret.of(value);
    }
}
