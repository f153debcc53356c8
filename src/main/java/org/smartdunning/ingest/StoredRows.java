package org.smartdunning.ingest;

import java.util.HashMap;
import java.util.Map;
import org.smartdunning.history.CreditorHistory;
import org.smartdunning.history.Customer;
import org.smartdunning.history.CustomerId;
import org.smartdunning.history.DunningEvent;
import org.smartdunning.history.Inquiry;
import org.smartdunning.history.Invoice;
import org.smartdunning.history.InvoiceFacts;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.history.Payment;

/**
 * The history stored before this import, as the overlap checks ask for it. Indexes are built on
 * first use only, and not at all for an empty store: a first import pays nothing for overlaps.
 */
final class StoredRows {
    private final CreditorHistory stored;
    private final boolean empty;
    private Map<String, Payment> payments;
    private Map<DunningEvent, Integer> events;
    private Map<Inquiry, Integer> inquiries;

    StoredRows(CreditorHistory stored) {
        this.stored = stored;
        this.empty = stored.customerCount() == 0 && stored.invoiceCount() == 0;
    }

    Customer customer(CustomerId id) {
        return empty ? null : stored.customer(id);
    }

    Invoice invoice(InvoiceId id) {
        return empty ? null : stored.invoice(id);
    }

    Payment payment(String id) {
        if (empty) {
            return null;
        }
        if (payments == null) {
            payments = new HashMap<>();
            for (InvoiceFacts facts : stored.invoiceFacts()) {
                for (Payment p : facts.payments()) {
                    payments.put(p.id(), p);
                }
            }
        }
        return payments.get(id);
    }

    /** Whether an equal event is stored and not yet matched by an earlier row; matches it. */
    boolean takeEvent(DunningEvent event) {
        if (empty) {
            return false;
        }
        if (events == null) {
            events = new HashMap<>();
            stored.events().forEach(e -> events.merge(e, 1, Integer::sum));
        }
        return takeOne(events, event);
    }

    /** Whether an equal inquiry is stored and not yet matched by an earlier row; matches it. */
    boolean takeInquiry(Inquiry inquiry) {
        if (empty) {
            return false;
        }
        if (inquiries == null) {
            inquiries = new HashMap<>();
            for (Customer c : stored.customers()) {
                for (Inquiry q : stored.inquiriesOf(c.id())) {
                    inquiries.merge(q, 1, Integer::sum);
                }
            }
        }
        return takeOne(inquiries, inquiry);
    }

    /** Whether the item was still in the multiset; removes one occurrence. */
    private static <K> boolean takeOne(Map<K, Integer> counts, K item) {
        Integer count = counts.get(item);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            counts.remove(item);
        } else {
            counts.put(item, count - 1);
        }
        return true;
    }
}
