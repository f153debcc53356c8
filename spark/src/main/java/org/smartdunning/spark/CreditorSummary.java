package org.smartdunning.spark;

import java.io.Serializable;

/** One creditor's part of a job as the driver reports it: invoices decided and seconds taken, or why nothing was written for it (null when decided and written). */
public record CreditorSummary(String creditor, int invoices, double seconds, String rejection) implements Serializable {
    public boolean rejected() {
        return rejection != null;
    }
}
