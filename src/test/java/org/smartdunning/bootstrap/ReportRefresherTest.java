package org.smartdunning.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smartdunning.history.CreditorId;

/** The refresh threads: work queued once however often asked, one piece per creditor at a time, others go on. */
class ReportRefresherTest {
    static final CreditorId A = new CreditorId("a");
    static final CreditorId B = new CreditorId("b");

    @Test
    void aCreditorsLongRefreshLeavesTheOtherThreadToAnotherCreditor() throws Exception {
        try (ReportRefresher refresher = new ReportRefresher(2)) {
            CountDownLatch aStarted = new CountDownLatch(1);
            CountDownLatch releaseA = new CountDownLatch(1);
            CountDownLatch bDone = new CountDownLatch(1);
            CountDownLatch secondOfA = new CountDownLatch(1);
            refresher.submit(new ReportRefresher.Work(A, "kpis"), () -> {
                aStarted.countDown();
                await(releaseA);
            });
            assertThat(aStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // a's other question waits for a's first (one piece per creditor); b's goes on meanwhile
            refresher.submit(new ReportRefresher.Work(A, "experiments"), secondOfA::countDown);
            refresher.submit(new ReportRefresher.Work(B, "kpis"), bDone::countDown);
            assertThat(bDone.await(10, TimeUnit.SECONDS)).as("b's refresh while a's runs").isTrue();
            assertThat(secondOfA.getCount()).as("a's second question still waits").isEqualTo(1);
            releaseA.countDown();
            assertThat(secondOfA.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void workAskedForAgainWhileQueuedRunsOnceAndAgainOnceAfterItStarted() throws Exception {
        try (ReportRefresher refresher = new ReportRefresher(1)) {
            CountDownLatch blockerStarted = new CountDownLatch(1);
            CountDownLatch releaseBlocker = new CountDownLatch(1);
            refresher.submit(new ReportRefresher.Work(B, "blocker"), () -> {
                blockerStarted.countDown();
                await(releaseBlocker);
            });
            assertThat(blockerStarted.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch firstRunStarted = new CountDownLatch(1);
            CountDownLatch releaseFirstRun = new CountDownLatch(1);
            CountDownLatch secondRun = new CountDownLatch(1);
            Runnable refresh = () -> {
                if (runs.incrementAndGet() == 1) {
                    firstRunStarted.countDown();
                    await(releaseFirstRun);
                } else {
                    secondRun.countDown();
                }
            };
            ReportRefresher.Work kpis = new ReportRefresher.Work(A, "kpis");
            for (int write = 0; write < 1000; write++) {
                refresher.submit(kpis, refresh); // a thousand writes while the thread is busy: queued once
            }
            releaseBlocker.countDown();
            assertThat(firstRunStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int write = 0; write < 1000; write++) {
                refresher.submit(kpis, refresh); // writes during the refresh: one more after it
            }
            releaseFirstRun.countDown();
            assertThat(secondRun.await(10, TimeUnit.SECONDS)).isTrue();
            List<Integer> seen = new CopyOnWriteArrayList<>();
            CountDownLatch last = new CountDownLatch(1);
            refresher.submit(new ReportRefresher.Work(B, "end"), () -> {
                seen.add(runs.get());
                last.countDown();
            });
            assertThat(last.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).as("two refreshes for two thousand writes").containsExactly(2);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
