package org.smartdunning.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A secret in a settings file, given in one of three ways: {@code KEY.env=VARIABLE} (the
 * environment variable's value), {@code KEY.file=PATH} (a file only its owner may read, see
 * {@link OwnerOnlyFile}) or {@code KEY=value} (plain text in the settings file, for local testing
 * only). Absent, it is {@link Secret#NONE}; given more than one way, it is refused.
 */
public final class SecretSetting {
    private SecretSetting() {
    }

    /** The three keys a settings file may use for the secret {@code key}. */
    public static Set<String> keys(String key) {
        return Set.of(key, key + ".env", key + ".file");
    }

    /** The secret {@code key} of {@code settings}, environment variables looked up in {@code env}. */
    public static Secret read(PropertiesFile settings, String key, Map<String, String> env) {
        String plain = settings.text(key, "");
        String variable = settings.text(key + ".env", "");
        String file = settings.text(key + ".file", "");
        List<String> given = new ArrayList<>();
        if (!plain.isEmpty()) {
            given.add(key);
        }
        if (!variable.isEmpty()) {
            given.add(key + ".env");
        }
        if (!file.isEmpty()) {
            given.add(key + ".file");
        }
        if (given.size() > 1) {
            throw settings.problem(given.get(1), key + " is given more than once (" + String.join(", ", given)
                    + "); keep one");
        }
        if (!variable.isEmpty()) {
            String value = env.get(variable);
            if (value == null || value.isBlank()) {
                throw settings.problem(key + ".env", key + ".env names the environment variable " + variable
                        + ", which is not set or empty");
            }
            return Secret.of(value);
        }
        if (!file.isEmpty()) {
            try {
                return OwnerOnlyFile.read(Path.of(file), key);
            } catch (IllegalArgumentException e) {
                throw settings.problem(key + ".file", e.getMessage());
            }
        }
        return Secret.of(plain);
    }
}
