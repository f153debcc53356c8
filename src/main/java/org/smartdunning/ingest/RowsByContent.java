package org.smartdunning.ingest;

import java.time.LocalDate;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Money;

/**
 * The rules of the files whose rows have no id (dunning events, inquiries): a row equal to a stored
 * one is skipped, counted with multiplicity, so that twice the same event is twice an event.
 * Each method returns whether the row went to the sink.
 */
final class RowsByContent {
    private final RowValues values;
    private final ReferenceChecks references;
    private final StoredRows stored;
    private final HistorySink sink;

    RowsByContent(RowValues values, ReferenceChecks references, StoredRows stored, HistorySink sink) {
        this.values = values;
        this.references = references;
        this.stored = stored;
        this.sink = sink;
    }

    boolean event(SourceRow row) {
        String invoiceId = references.invoice(row, 0, true);
        LocalDate occurredOn = values.date(row, 1, true);
        DunningAction action = action(row);
        Money fee = values.amount(row, 4, true);
        Double propensity = values.parsed(row, 7, false, Fields::propensity);
        if (values.rowHasProblems()) {
            return false;
        }
        DunningEvent event = new DunningEvent(new InvoiceId(invoiceId), occurredOn, action, fee,
                values.optional(row, 5), values.optional(row, 6), propensity);
        if (stored.takeEvent(event) || !values.noProblems()) {
            return false;
        }
        sink.event(event);
        return true;
    }

    /** The action and its channel; the problem names the channel column when the action itself is known. */
    private DunningAction action(SourceRow row) {
        String actionText = values.required(row, 2);
        String channelText = values.optional(row, 3);
        if (actionText == null) {
            return null;
        }
        try {
            return DunningAction.of(actionText, channelText);
        } catch (IllegalArgumentException e) {
            boolean knownAction = actionText.equals("none") || actionText.equals("reminder")
                    || actionText.equals("collection");
            values.problem(row, knownAction ? 3 : 2, e.getMessage());
            return null;
        }
    }

    boolean inquiry(SourceRow row) {
        String customerId = references.customer(row, 0, true);
        LocalDate occurredOn = values.date(row, 1, true);
        String topic = values.required(row, 2);
        String invoiceId = references.invoice(row, 3, false);
        if (values.rowHasProblems()) {
            return false;
        }
        Inquiry inquiry = new Inquiry(new CustomerId(customerId), occurredOn, topic,
                invoiceId == null ? null : new InvoiceId(invoiceId));
        if (stored.takeInquiry(inquiry) || !values.noProblems()) {
            return false;
        }
        sink.inquiry(inquiry);
        return true;
    }
}
