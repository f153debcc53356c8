package org.smartdunning.history;

import java.util.Objects;

/** A creditor's customer id, as written in customers.csv. */
public record CustomerId(String value) implements Comparable<CustomerId>, java.io.Serializable {
    public CustomerId {
        Objects.requireNonNull(value, "customer id");
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
