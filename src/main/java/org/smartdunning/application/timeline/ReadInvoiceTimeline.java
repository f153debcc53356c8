package org.smartdunning.application.timeline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads an invoice's timeline from the creditor's store and puts it in order. */
public final class ReadInvoiceTimeline {
    /** Port: the timeline's entries as stored, in any order. */
    public interface Source {
        /** Empty when the creditor has no such invoice. */
        Optional<InvoiceTimeline> timeline(String invoiceId);
    }

    /** Within a day: the facts first, then what the engine did about them. */
    private static final List<String> ORDER = List.of("issued", "due", "payment", "inquiry", "hold", "decision",
            "stage", "dunning_event", "message", "audit");

    private final Source source;

    public ReadInvoiceTimeline(Source source) {
        this.source = source;
    }

    public Optional<InvoiceTimeline> of(String invoiceId) {
        return source.timeline(invoiceId).map(t -> new InvoiceTimeline(t.invoiceId(), t.customerId(),
                t.entries().stream().sorted(Comparator.comparing(TimelineEntry::on)
                        .thenComparing(e -> ORDER.indexOf(e.kind()))).toList()));
    }
}
