package org.smartdunning.channels;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Port: the last check before messages leave, against what is known now (payments, holds). */
public interface DispatchGuard {
    /** Why each withdrawn message must not go out any more (e.g. "paid since the decision"), by key; others absent. */
    Map<String, String> withdrawReasons(List<OutboxEntry> entries, LocalDate day);
}
