package org.smartdunning.api;

import java.sql.SQLException;

/**
 * A failure as the log may show it: each exception's class, SQL state and stack, never its message,
 * which a driver may fill with the value it could not store (a name, an address).
 */
final class RedactedFailure extends RuntimeException {
    private RedactedFailure(String what, Throwable cause) {
        super(what, cause, false, true);
    }

    static Throwable of(Throwable failure) {
        if (failure == null) {
            return null;
        }
        String what = failure.getClass().getName() + (failure instanceof SQLException sql && sql.getSQLState() != null
                ? " (SQL state " + sql.getSQLState() + ")" : "") + " [message withheld]";
        RedactedFailure redacted = new RedactedFailure(what, failure.getCause() == failure ? null : of(failure.getCause()));
        redacted.setStackTrace(failure.getStackTrace());
        return redacted;
    }
}
