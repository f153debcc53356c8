package org.smartdunning.bootstrap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartdunning.history.CreditorId;

/**
 * Works reports out in the background on a few threads of its own: each piece of work is queued once however
 * often it is asked for (writes may come thousands a second), taken in the order first asked, and one creditor
 * has at most one piece running, so a large creditor's long refresh never holds every thread from the others.
 */
final class ReportRefresher implements AutoCloseable {
    /** What is worked out: one question of one creditor. */
    record Work(CreditorId creditor, String question) {
    }

    private final Object lock = new Object();
    /** In the order first asked; a piece running now may be queued again (the facts may have moved since it read them). */
    private final LinkedHashMap<Work, Runnable> queued = new LinkedHashMap<>();
    private final Set<CreditorId> running = new HashSet<>();
    private final List<Thread> threads = new ArrayList<>();
    private boolean closed;

    ReportRefresher(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("report refresh needs at least one thread, was " + threads);
        }
        for (int i = 1; i <= threads; i++) {
            Thread thread = new Thread(this::workLoop, "report-refresh-" + i);
            thread.setDaemon(true); // a refresh in flight must not keep a stopping service alive
            this.threads.add(thread);
            thread.start();
        }
    }

    /** Queues {@code task} unless the same work is queued already (it then keeps its place). */
    void submit(Work work, Runnable task) {
        synchronized (lock) {
            if (!closed && queued.putIfAbsent(work, task) == null) {
                lock.notifyAll();
            }
        }
    }

    private void workLoop() {
        while (true) {
            Map.Entry<Work, Runnable> next;
            synchronized (lock) {
                while ((next = nextFree()) == null) {
                    if (closed) {
                        return;
                    }
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                queued.remove(next.getKey());
                running.add(next.getKey().creditor());
            }
            try {
                next.getValue().run();
            } catch (RuntimeException e) {
                // the task reports its own failures; one failed refresh must not end a thread
            } finally {
                synchronized (lock) {
                    running.remove(next.getKey().creditor());
                    lock.notifyAll();
                }
            }
        }
    }

    /** The first queued work whose creditor has nothing running; null when there is none. */
    private Map.Entry<Work, Runnable> nextFree() {
        if (closed) {
            return null;
        }
        for (Iterator<Map.Entry<Work, Runnable>> i = queued.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<Work, Runnable> entry = i.next();
            if (!running.contains(entry.getKey().creditor())) {
                return Map.entry(entry.getKey(), entry.getValue());
            }
        }
        return null;
    }

    /** Drops what is queued; a refresh running finishes on its own (its threads are daemons). */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            queued.clear();
            lock.notifyAll();
        }
    }
}
