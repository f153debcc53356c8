package org.smartdunning.kpi;

import java.time.LocalDate;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;

/**
 * A workflow stage that acted on an invoice on a day (the daily process's stage runs).
 *
 * @param action what the stage took; null where the store does not say
 */
public record StageFact(InvoiceId invoiceId, LocalDate day, String stageId, DunningAction action) {
}
