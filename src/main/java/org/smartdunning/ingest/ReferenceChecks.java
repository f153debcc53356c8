package org.smartdunning.ingest;

import org.smartdunning.history.CustomerId;
import org.smartdunning.history.InvoiceId;

/**
 * The ids this import defines and the referential checks against them: a referenced customer or
 * invoice must be in this folder or already stored.
 */
final class ReferenceChecks {
    private final RowValues values;
    private final StoredRows stored;
    private final IdSet customerIds = new IdSet(1 << 16);
    private final IdSet invoiceIds = new IdSet(1 << 18);
    private final EnumFlags unreadable = new EnumFlags();

    ReferenceChecks(RowValues values, StoredRows stored) {
        this.values = values;
        this.stored = stored;
    }

    /** Whether the id is new to this folder (false: a duplicate). */
    boolean addCustomer(String id) {
        return customerIds.add(id);
    }

    /** Whether the id is new to this folder (false: a duplicate). */
    boolean addInvoice(String id) {
        return invoiceIds.add(id);
    }

    /** References into a file that could not be read are not checked: they would all fail. */
    void unreadable(HistoryFile file) {
        unreadable.set(file);
    }

    String customer(SourceRow row, int column, boolean required) {
        String id = values.text(row, column, required);
        if (id != null && !unreadable.has(HistoryFile.CUSTOMERS) && !customerIds.contains(id)
                && stored.customer(new CustomerId(id)) == null) {
            values.problem(row, column, "unknown customer_id '" + id + "': neither in customers.csv nor already stored");
        }
        return id;
    }

    String invoice(SourceRow row, int column, boolean required) {
        String id = values.text(row, column, required);
        if (id != null && !unreadable.has(HistoryFile.INVOICES) && !invoiceIds.contains(id)
                && stored.invoice(new InvoiceId(id)) == null) {
            values.problem(row, column, "unknown invoice_id '" + id + "': neither in invoices.csv nor already stored");
        }
        return id;
    }

    /** Which files could not be read. */
    private static final class EnumFlags {
        private int bits;

        void set(HistoryFile file) {
            bits |= 1 << file.ordinal();
        }

        boolean has(HistoryFile file) {
            return (bits & (1 << file.ordinal())) != 0;
        }
    }
}
