package org.smartdunning.config;

import java.util.Objects;

/**
 * A password, token or key: its text is handed out only by {@link #reveal()}, never by
 * {@code toString}, so a secret that reaches a log line, an error or a settings dump shows as
 * {@code ***}.
 */
public final class Secret {
    /** No secret: an unauthenticated relay, a provider without a token. */
    public static final Secret NONE = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** The secret {@code value}; surrounding whitespace (a file's final newline) is not part of it. */
    public static Secret of(String value) {
        String v = Objects.requireNonNull(value, "value").strip();
        return v.isEmpty() ? NONE : new Secret(v);
    }

    /** The text itself, for the one call that must send it (a login, an Authorization header, a driver property). */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the value: {@code ***}, or {@code (none)} when empty. */
    @Override
    public String toString() {
        return value.isEmpty() ? "(none)" : "***";
    }
}
