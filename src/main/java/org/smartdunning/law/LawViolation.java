package org.smartdunning.law;

import java.util.Objects;

/**
 * A dunning step that breaks a legal limit.
 *
 * @param rule    the {@link LawRule#key()} of the limit broken
 * @param message what is wrong, naming the limit, the country and the legal source, e.g.
 *                "reminder fee 80.00 exceeds the SE cap of 60.00 (Lag (1981:739) ... 4 §)"
 */
public record LawViolation(String rule, String message) {
    public LawViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
