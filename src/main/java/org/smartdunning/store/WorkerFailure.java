package org.smartdunning.store;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

/** The first failure of an import's worker thread, thrown again on the thread that hands it work. */
final class WorkerFailure {
    private final String wrapping;
    private final AtomicReference<Throwable> first = new AtomicReference<>();

    /** @param wrapping the message of the SQLException that carries a failure of another kind */
    WorkerFailure(String wrapping) {
        this.wrapping = wrapping;
    }

    /** Keeps the failure unless an earlier one is kept. */
    void record(Throwable failure) {
        first.compareAndSet(null, failure);
    }

    boolean happened() {
        return first.get() != null;
    }

    /** Throws the kept failure, if any, as it was (an SQLException or unchecked) or wrapped. */
    void rethrow() throws SQLException {
        Throwable f = first.get();
        if (f instanceof SQLException sql) {
            throw sql;
        }
        if (f instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (f != null) {
            throw new SQLException(wrapping, f);
        }
    }
}
