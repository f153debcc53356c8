package org.smartdunning.application.privacy;

import java.util.List;
import java.util.Map;

/**
 * Port and result: what the creditor's store holds about one customer — the customer row, and
 * every row that names the customer (invoices, payments, inquiries, holds, messages), each as its
 * fields by name.
 */
public interface PersonalData {
    /** The export: table name → rows. */
    record Export(String customerId, Map<String, List<Map<String, String>>> tables) {
    }

    /** What an erasure changed: the pseudonym now standing for the customer, and rows changed per table. */
    record Erasure(String pseudonym, Map<String, Integer> rowsChanged) {
    }

    /** Empty export when the creditor has no such customer. */
    java.util.Optional<Export> export(String customerId);

    /**
     * Blanks the customer's contact and identity fields and replaces their id everywhere by
     * {@code pseudonym}; messages not yet sent are cancelled and every message's stored text dropped.
     * Empty when the creditor has no such customer.
     */
    java.util.Optional<Erasure> erase(String customerId, String pseudonym);
}
