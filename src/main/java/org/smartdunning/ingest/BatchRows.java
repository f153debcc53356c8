package org.smartdunning.ingest;

import java.time.LocalDate;
import org.smartdunning.history.BatchItem;
import org.smartdunning.history.InvoiceId;

/** The rules of batch.csv: each row names a known invoice, at most once per batch. */
final class BatchRows {
    private final RowValues values;
    private final ReferenceChecks references;
    private final HistorySink sink;
    private final IdSet invoiceIds = new IdSet();

    BatchRows(RowValues values, ReferenceChecks references, HistorySink sink) {
        this.values = values;
        this.references = references;
        this.sink = sink;
    }

    /**
     * @param position 1-based row number in batch.csv, kept so the batch is decided in file order
     * @return whether the row went to the sink
     */
    boolean item(SourceRow row, int position) {
        String invoiceId = references.invoice(row, 0, true);
        LocalDate decideOn = values.date(row, 1, true);
        if (invoiceId != null && !invoiceIds.add(invoiceId)) {
            values.problem(row, 0, "duplicate invoice_id '" + invoiceId + "' in the batch");
        }
        if (values.rowHasProblems() || !values.noProblems()) {
            return false;
        }
        sink.batchItem(position, new BatchItem(new InvoiceId(invoiceId), decideOn));
        return true;
    }
}
