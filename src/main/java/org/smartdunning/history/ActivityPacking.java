package org.smartdunning.history;

import java.util.Collection;

/** Packs the small tables, dunning events and inquiries, against the invoices' final indexes. */
final class ActivityPacking {
    private ActivityPacking() {
    }

    static HistoryParts.Events events(HistoryBuilder b, DaySpan span, Collection<DunningEvent> rows, int[] keys,
                                      int[] indexOfKey) {
        int m = rows.size();
        HistoryParts.Events events = new HistoryParts.Events(new int[m], new int[m], new byte[m], new long[m],
                new String[m], new String[m], new long[m]);
        int k = 0;
        for (DunningEvent e : rows) {
            events.invoice()[k] = indexOfKey[keys[k]];
            events.day()[k] = span.note(Math.toIntExact(e.occurredOn().toEpochDay()));
            events.action()[k] = (byte) e.action().ordinal();
            events.fee()[k] = e.fee().cents();
            events.experiment()[k] = b.text(e.experiment());
            events.arm()[k] = b.text(e.arm());
            events.propensity()[k++] = e.propensity() == null ? HistoryParts.Events.NO_PROPENSITY
                    : Double.doubleToRawLongBits(e.propensity());
        }
        return events;
    }

    static HistoryParts.Inquiries inquiries(HistoryBuilder b, DaySpan span, Collection<Inquiry> rows, int[] keys,
                                            int[] indexOfKey) {
        int m = rows.size();
        HistoryParts.Inquiries inquiries = new HistoryParts.Inquiries(new int[m], new int[m], new String[m], new int[m]);
        int k = 0;
        for (Inquiry q : rows) {
            inquiries.customer()[k] = b.customerKey(q.customerId());
            inquiries.day()[k] = span.note(Math.toIntExact(q.occurredOn().toEpochDay()));
            inquiries.topic()[k] = b.text(q.topic());
            inquiries.invoice()[k] = keys[k] < 0 ? -1 : indexOfKey[keys[k]];
            k++;
        }
        return inquiries;
    }
}
