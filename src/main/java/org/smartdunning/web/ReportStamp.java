package org.smartdunning.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.smartdunning.application.port.ReportCache;

/** What a page's report rests on: when it was worked out, on which version of the facts, and whether a newer one is coming. */
final class ReportStamp {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportStamp() {
    }

    /** The stamp's values for the {@code stamp} partial; null (no stamp) when the report was not kept. */
    static Map<String, Object> of(ReportCache.Stamped<?> stamped) {
        if (stamped.computedAt() == null) {
            return null;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("computedAt", stamped.computedAt().toString());
        values.put("computedShown", SHOWN.format(stamped.computedAt()));
        values.put("factsVersion", stamped.factsVersion());
        values.put("refreshing", stamped.refreshing());
        return values;
    }
}
