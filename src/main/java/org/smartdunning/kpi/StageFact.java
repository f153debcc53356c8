package org.smartdunning.kpi;

import java.time.LocalDate;
import org.smartdunning.history.InvoiceId;

/** A workflow stage that acted on an invoice on a day (the daily process's stage runs). */
public record StageFact(InvoiceId invoiceId, LocalDate day, String stageId) {
}
