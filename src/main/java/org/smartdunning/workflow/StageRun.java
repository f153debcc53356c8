package org.smartdunning.workflow;

import java.time.LocalDate;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/**
 * The record that an invoice's stage was dealt with, so no re-run repeats it.
 *
 * @param action     the action taken when ACTED, else null
 * @param messageKey the outbox key when a message was queued, else null
 */
public record StageRun(InvoiceId invoiceId, String stageId, String workflow, LocalDate day, StageOutcome outcome,
                       DunningAction action, String messageKey) {
}
