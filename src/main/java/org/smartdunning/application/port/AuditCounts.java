package org.smartdunning.application.port;

import java.time.LocalDate;
import java.util.Map;

/** Port: how many audit lines of each kind the process wrote between two days. */
public interface AuditCounts {
    Map<String, Integer> counts(LocalDate from, LocalDate to);
}
