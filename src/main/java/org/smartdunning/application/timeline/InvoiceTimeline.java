package org.smartdunning.application.timeline;

import java.util.List;

/** Everything that happened to one invoice, in the order it happened (kinds of one day in a fixed order). */
public record InvoiceTimeline(String invoiceId, String customerId, List<TimelineEntry> entries) {
    public InvoiceTimeline {
        entries = List.copyOf(entries);
    }
}
