package org.smartdunning.audit;

import java.time.LocalDate;
import java.util.Objects;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/**
 * One line of the audit log.
 *
 * @param runDay       the process day it belongs to
 * @param invoiceId    the invoice
 * @param customerId   its customer
 * @param stageId      the workflow stage
 * @param event        what happened
 * @param action       the action concerned, null when none applies
 * @param rule         the stage, legal rule or hold behind it, e.g. {@code stage decision (day +14)}
 * @param modelVersion the model that chose the action, null for rule-based steps
 * @param propensity   the probability the action was chosen with; NaN when not a policy choice
 * @param messageKey   the outbox key, null when no message is involved
 * @param detail       plain words: the decision's reasons, the delivery reference or the error
 * @param stopReason   why the stage did not run: set on a SKIPPED line, null on every other
 */
public record AuditEntry(LocalDate runDay, InvoiceId invoiceId, CustomerId customerId, String stageId,
                         AuditEvent event, DunningAction action, String rule, String modelVersion, double propensity,
                         String messageKey, String detail, StopReason stopReason) {
    public AuditEntry {
        Objects.requireNonNull(runDay, "runDay");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(event, "event");
        if ((event == AuditEvent.SKIPPED) != (stopReason != null)) {
            throw new IllegalArgumentException("a stop reason belongs on a skipped line and only there: " + event
                    + " with " + stopReason);
        }
        rule = rule == null ? "" : rule;
        detail = detail == null ? "" : detail;
    }

    /** A line of any event but SKIPPED, which has no stop reason. */
    public AuditEntry(LocalDate runDay, InvoiceId invoiceId, CustomerId customerId, String stageId, AuditEvent event,
                      DunningAction action, String rule, String modelVersion, double propensity, String messageKey,
                      String detail) {
        this(runDay, invoiceId, customerId, stageId, event, action, rule, modelVersion, propensity, messageKey, detail,
                null);
    }
}
