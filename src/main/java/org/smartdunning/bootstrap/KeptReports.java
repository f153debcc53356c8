package org.smartdunning.bootstrap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartdunning.application.port.KpiFactsReader;
import org.smartdunning.application.port.ReportCache;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcKpiFacts;

/**
 * The service's KPI and experiment reports, per creditor and question, each the last complete one with the version
 * of the facts it was worked out on and when. Pages answer from here at once; when a write moved the facts, a newer
 * report is worked out in the background ({@link ReportRefresher}) on a store borrowed for the creditor alone, and
 * replaces the old one when complete. Bounded, and a report nobody asked for in {@link #IDLE} goes (and is no longer
 * refreshed), so many creditors and periods can fill neither the heap nor the refresh threads.
 */
final class KeptReports implements AutoCloseable {
    static final int MAX_REPORTS = 200;
    static final Duration IDLE = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(KeptReports.class);

    /** A complete report, the facts' version it rests on, when it was worked out, and how to work it out again. */
    private record Kept(String version, Object report, Instant computedAt, Function<KpiFactsReader, ?> work) {
    }

    private final Cache<ReportRefresher.Work, Kept> kept = Caffeine.newBuilder().maximumSize(MAX_REPORTS)
            .expireAfter(new Expiry<ReportRefresher.Work, Kept>() {
                // asking keeps a report; a background refresh replacing it does not (nobody may be looking)
                @Override
                public long expireAfterCreate(ReportRefresher.Work key, Kept value, long now) {
                    return IDLE.toNanos();
                }

                @Override
                public long expireAfterUpdate(ReportRefresher.Work key, Kept value, long now, long remaining) {
                    return remaining;
                }

                @Override
                public long expireAfterRead(ReportRefresher.Work key, Kept value, long now, long remaining) {
                    return IDLE.toNanos();
                }
            }).build();
    /** The first report of a question being worked out: a second ask waits for it rather than working it out again. */
    private final ConcurrentMap<ReportRefresher.Work, CompletableFuture<Kept>> first = new ConcurrentHashMap<>();
    /** The facts' version a refresh failed on: not tried again (nor called "refreshing") until the facts move. */
    private final Cache<ReportRefresher.Work, String> failed = Caffeine.newBuilder().maximumSize(MAX_REPORTS).build();
    private final Function<CreditorId, Optional<Database>> stores;
    private final Clock clock;
    private final ReportRefresher refresher;

    /**
     * @param stores  borrows a creditor's own store (given back after each refresh)
     * @param threads the background refresh's threads
     */
    KeptReports(Function<CreditorId, Optional<Database>> stores, Clock clock, int threads) {
        this.stores = stores;
        this.clock = clock;
        this.refresher = new ReportRefresher(threads);
    }

    /** The creditor's share of the reports: its keys never meet another creditor's. */
    ReportCache of(CreditorId creditor) {
        return new ReportCache() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T get(String key, String version, Supplier<T> work) {
                ReportRefresher.Work id = new ReportRefresher.Work(creditor, key);
                Kept current = kept.getIfPresent(id);
                if (current != null && current.version().equals(version)) {
                    return (T) current.report();
                }
                // worked out outside the cache's lock: a slow report must not hold up other creditors' pages
                T report = work.get();
                kept.put(id, new Kept(version, report, clock.instant(), current == null ? null : current.work()));
                return report;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> Stamped<T> latest(String key, KpiFactsReader reader, Function<KpiFactsReader, T> work) {
                ReportRefresher.Work id = new ReportRefresher.Work(creditor, key);
                String version = reader.version();
                Kept current = kept.getIfPresent(id);
                if (current == null) {
                    return stamped(firstOf(id, version, reader, work), false);
                }
                boolean moved = !current.version().equals(version) && !version.equals(failed.getIfPresent(id));
                if (moved) {
                    refresh(id, work);
                }
                return stamped(current, moved);
            }
        };
    }

    /** Works the creditor's kept reports out again in the background: its facts may have moved. */
    void factsChanged(CreditorId creditor) {
        kept.asMap().forEach((id, report) -> {
            if (id.creditor().equals(creditor) && report.work() != null) {
                refresh(id, report.work());
            }
        });
    }

    /** Runs {@code work} on the refresh threads, queued once under the creditor and {@code name}. */
    void inBackground(CreditorId creditor, String name, Runnable work) {
        refresher.submit(new ReportRefresher.Work(creditor, name), work);
    }

    @SuppressWarnings("unchecked")
    private static <T> ReportCache.Stamped<T> stamped(Kept kept, boolean refreshing) {
        return new ReportCache.Stamped<>((T) kept.report(), kept.version(), kept.computedAt(), refreshing);
    }

    /** The first report of a question, worked out here, or by the ask (or start-up refresh) already at it. */
    private Kept firstOf(ReportRefresher.Work id, String version, KpiFactsReader reader,
                         Function<KpiFactsReader, ?> work) {
        CompletableFuture<Kept> mine = new CompletableFuture<>();
        CompletableFuture<Kept> other = first.putIfAbsent(id, mine);
        if (other != null) {
            try {
                return other.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            Kept done = kept.getIfPresent(id); // kept by another ask between the look and the claim
            if (done == null) {
                done = new Kept(version, work.apply(reader), clock.instant(), work);
                kept.put(id, done);
                failed.invalidate(id);
            }
            mine.complete(done);
            return done;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            first.remove(id, mine);
        }
    }

    private void refresh(ReportRefresher.Work id, Function<KpiFactsReader, ?> work) {
        refresher.submit(id, () -> refreshNow(id, work));
    }

    /** On a store of the creditor's own: its version read first, so the report rests on at least those facts. */
    private void refreshNow(ReportRefresher.Work id, Function<KpiFactsReader, ?> work) {
        Kept current = kept.policy().getIfPresentQuietly(id);
        if (current == null) {
            failed.invalidate(id);
            return; // gone: nobody asked for it in an hour, or pushed out by others
        }
        String version = null;
        try (Database database = stores.apply(id.creditor()).orElse(null)) {
            if (database == null) {
                return;
            }
            KpiFactsReader facts = new JdbcKpiFacts(database);
            version = facts.version();
            if (version.equals(current.version())) {
                return; // a refresh queued earlier got there already
            }
            Kept newer = new Kept(version, work.apply(facts), clock.instant(), work);
            kept.asMap().computeIfPresent(id, (k, old) -> newer);
            failed.invalidate(id);
        } catch (RuntimeException e) {
            if (version != null) {
                failed.put(id, version);
            }
            // the exception's class only: a driver may put the values it read in its message
            LOG.warn("report refresh failed creditor={} report=\"{}\" failure={}", id.creditor().value(),
                    id.question(), e.getClass().getName());
        }
    }

    @Override
    public void close() {
        refresher.close();
    }
}
