package org.smartdunning.application.timeline;

import java.time.LocalDate;
import java.util.Map;

/**
 * One thing that happened to an invoice: {@code kind} is issued, due, payment, dunning_event,
 * decision, stage, message, hold, inquiry or audit; {@code facts} its fields by name (no personal data).
 */
public record TimelineEntry(LocalDate on, String kind, Map<String, String> facts) {
    public TimelineEntry {
        facts = Map.copyOf(facts);
    }
}
