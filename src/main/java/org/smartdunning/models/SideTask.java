package org.smartdunning.models;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A computation run on a thread of its own while the caller does another, for work that would leave a
 * core idle: {@link #join} returns its result or rethrows its failure as it was thrown (a LinkageError
 * of a missing native library stays one, so the callers' fallback applies).
 *
 * @param <T> the result
 */
public final class SideTask<T> {
    private final String name;
    private final FutureTask<T> task;

    private SideTask(String name, FutureTask<T> task) {
        this.name = name;
        this.task = task;
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static <T> SideTask<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new SideTask<>(name, task);
    }

    /** Its result, once computed; its failure rethrown. */
    public T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(name + " failed", e.getCause());
        }
    }

    /** Waits for it after the caller failed, so nothing outlives the failure it is reported with; its own failure is dropped. */
    void awaitQuietly() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the caller's failure is the one reported
        }
    }
}
