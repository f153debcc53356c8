package org.smartdunning.application.report;

/** The port that lays out the monthly report as a document (a PDF); it sits beside the report it renders. */
public interface MonthlyReportRenderer {
    /** The document's bytes; it names no customer. */
    byte[] render(MonthlyReport report);
}
