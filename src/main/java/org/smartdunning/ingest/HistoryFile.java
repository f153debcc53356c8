package org.smartdunning.ingest;

import java.util.List;

/** The CSV files of the contract folder, in import order (referenced files first), with their columns. */
public enum HistoryFile {
    CUSTOMERS("history/customers.csv", "customer_id", "created_on", "ended_on", "type", "country", "language",
            "postal_code", "birth_year", "payment_method", "email", "phone", "plan", "monthly_fee"),
    INVOICES("history/invoices.csv", "invoice_id", "customer_id", "issued_on", "due_on", "amount", "currency"),
    PAYMENTS("history/payments.csv", "payment_id", "invoice_id", "paid_on", "amount"),
    DUNNING_EVENTS("history/dunning_events.csv", "invoice_id", "occurred_on", "action", "channel", "fee",
            "experiment", "arm", "propensity"),
    INQUIRIES("history/inquiries.csv", "customer_id", "occurred_on", "topic", "invoice_id"),
    BATCH("batch.csv", "invoice_id", "decide_on");

    /** The run-date file: one line, ISO date. */
    public static final String AS_OF = "as_of";
    /** The creditor's optional economics. */
    public static final String BUSINESS_PROPERTIES = "business.properties";

    private final String path;
    private final List<String> columns;

    HistoryFile(String path, String... columns) {
        this.path = path;
        this.columns = List.of(columns);
    }

    /** Path relative to the data folder, '/'-separated. */
    public String path() {
        return path;
    }

    /** The contract columns; all must be in the header (values may be empty where the contract allows). */
    public List<String> columns() {
        return columns;
    }
}
