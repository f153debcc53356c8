package org.smartdunning.history;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The creditor whose data a store row, a model or a message belongs to: letters, digits, '-' and
 * '_' (the data contract's {@code creditor} file), at most {@value #MAX_LENGTH} characters.
 * Ids of customers, invoices and payments are unique within a creditor only.
 */
public record CreditorId(String value) implements Comparable<CreditorId> {
    public static final int MAX_LENGTH = 64;
    // before DEFAULT: static fields initialise in order, and DEFAULT's constructor needs it
    private static final Pattern SPELLING = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    /** The creditor of a folder without a {@code creditor} file when none is named. */
    public static final CreditorId DEFAULT = new CreditorId("default");

    public CreditorId {
        Objects.requireNonNull(value, "creditor id");
        if (!SPELLING.matcher(value).matches()) {
            throw new IllegalArgumentException("creditor id must be 1 to " + MAX_LENGTH
                    + " letters, digits, '-' or '_'" + (value.isEmpty() ? ", not empty" : ""));
        }
    }

    @Override
    public int compareTo(CreditorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
