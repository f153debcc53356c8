package org.smartdunning.bootstrap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.smartdunning.application.port.ReportCache;
import org.smartdunning.history.CreditorId;

/**
 * The service's KPI and experiment reports, per creditor and question, each with the version of the facts it was
 * worked out on: a page asked again answers from here until a write changes the version. Bounded, and idle entries
 * go, so many creditors and periods cannot fill the heap.
 */
final class KeptReports {
    static final int MAX_REPORTS = 200;
    static final Duration IDLE = Duration.ofHours(1);

    /** A report and the facts' version it rests on. */
    private record Kept(String version, Object report) {
    }

    private final Cache<String, Kept> kept = Caffeine.newBuilder().maximumSize(MAX_REPORTS).expireAfterAccess(IDLE).build();

    /** The creditor's share of the cache: its keys never meet another creditor's. */
    ReportCache of(CreditorId creditor) {
        return new ReportCache() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T get(String key, String version, Supplier<T> work) {
                String id = creditor.value() + '\u0000' + key;
                Kept current = kept.getIfPresent(id);
                if (current != null && current.version().equals(version)) {
                    return (T) current.report();
                }
                // worked out outside the cache's lock: a slow report must not hold up other creditors' pages
                T report = work.get();
                kept.put(id, new Kept(version, report));
                return report;
            }
        };
    }
}
