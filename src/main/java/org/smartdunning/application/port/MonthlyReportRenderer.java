package org.smartdunning.application.port;

import org.smartdunning.application.report.MonthlyReport;

/** Lays out the monthly report as a document (a PDF) for the credit manager. */
public interface MonthlyReportRenderer {
    /** The document's bytes; it names no customer. */
    byte[] render(MonthlyReport report);
}
