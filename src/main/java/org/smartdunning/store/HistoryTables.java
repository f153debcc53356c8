package org.smartdunning.store;

import java.util.List;

/**
 * The rows a history load reads, as the five tables' sources in SQL: all of them, or the customers of
 * one import's batch with their invoices, payments, dunning events and inquiries. A decision's features
 * read only its customer's own rows, so the batch's customers decide as the whole history would.
 *
 * @param setUp    statements run first in the load's transaction (temporary tables the sources read)
 * @param tearDown statements run after it, before the transaction ends
 */
record HistoryTables(List<String> setUp, String customers, String invoices, String payments, String events,
                     String inquiries, List<String> tearDown) {
    static final HistoryTables ALL = new HistoryTables(List.of(), "customers", "invoices", "payments",
            "dunning_events", "inquiries", List.of());

    /**
     * The batch of import {@code importId}: its invoices' customers and everything of theirs. Their ids and
     * invoices are selected once into temporary tables, which every query then reads (a quarter of the time of
     * selecting them again in each).
     */
    static HistoryTables batchCustomers(long importId) {
        String customerIds = "(SELECT customer_id FROM batch_scope_customers)";
        String invoiceIds = "(SELECT invoice_id FROM batch_scope_invoices)";
        return new HistoryTables(List.of(
                "CREATE TEMPORARY TABLE batch_scope_customers AS SELECT DISTINCT i.customer_id FROM batch_items b"
                        + " JOIN invoices i ON i.invoice_id = b.invoice_id WHERE b.import_id = " + importId,
                "CREATE TEMPORARY TABLE batch_scope_invoices AS SELECT * FROM invoices WHERE customer_id IN "
                        + customerIds),
                "(SELECT * FROM customers WHERE customer_id IN " + customerIds + ")",
                "batch_scope_invoices",
                "(SELECT * FROM payments WHERE invoice_id IN " + invoiceIds + ")",
                "(SELECT * FROM dunning_events WHERE invoice_id IN " + invoiceIds + ")",
                "(SELECT * FROM inquiries WHERE customer_id IN " + customerIds + ")",
                List.of("DROP TABLE batch_scope_invoices", "DROP TABLE batch_scope_customers"));
    }
}
