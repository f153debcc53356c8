package org.smartdunning.history;

import java.util.Objects;

/** A creditor's invoice id, as written in invoices.csv. */
public record InvoiceId(String value) implements Comparable<InvoiceId>, java.io.Serializable {
    public InvoiceId {
        Objects.requireNonNull(value, "invoice id");
    }

    @Override
    public int compareTo(InvoiceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
