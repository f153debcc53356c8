package org.smartdunning.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What one creditor's task yields: its decisions and its model as rows to write, or why nothing is
 * written for it (a headline line, then for a rejected folder the engine's problem list, without
 * personal data), and how long the task took.
 */
record CreditorOutcome(String creditor, List<Row> decisions, List<Row> models, String rejection, double seconds)
        implements Serializable {
    static CreditorOutcome rejected(String creditor, String rejection, double seconds) {
        return new CreditorOutcome(creditor, List.of(), List.of(), rejection, seconds);
    }

    CreditorSummary summary() {
        return new CreditorSummary(creditor, decisions.size(), seconds, rejection);
    }
}
