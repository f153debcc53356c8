package org.smartdunning.channels;

import java.util.EnumMap;
import java.util.Map;
import org.smartdunning.history.DunningAction;

/** What one dispatch pass did: messages sent per action, retries scheduled, fallbacks, failures, withdrawals. */
public final class DispatchReport {
    private final Map<DunningAction, Integer> sent = new EnumMap<>(DunningAction.class);
    private int retries;
    private int fallbacks;
    private int failed;
    private int cancelled;
    private int resentInDoubt;

    void countSent(DunningAction action) {
        sent.merge(action, 1, Integer::sum);
    }

    void countRetry() {
        retries++;
    }

    void countFallback() {
        fallbacks++;
    }

    void countFailed() {
        failed++;
    }

    void countCancelled() {
        cancelled++;
    }

    void countInDoubt() {
        resentInDoubt++;
    }

    public int sent(DunningAction action) {
        return sent.getOrDefault(action, 0);
    }

    public int sentTotal() {
        return sent.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int retries() {
        return retries;
    }

    public int fallbacks() {
        return fallbacks;
    }

    public int failed() {
        return failed;
    }

    public int cancelled() {
        return cancelled;
    }

    /** Messages found sending from an interrupted run and delivered again under the same key. */
    public int resentInDoubt() {
        return resentInDoubt;
    }

    @Override
    public String toString() {
        StringBuilder line = new StringBuilder("sent ").append(sentTotal());
        sent.forEach((a, n) -> line.append(line.indexOf("(") < 0 ? " (" : ", ").append(a.key()).append(' ').append(n));
        if (!sent.isEmpty()) {
            line.append(')');
        }
        return line.append(", retries ").append(retries).append(", fallbacks ").append(fallbacks)
                .append(", failed ").append(failed).append(", withdrawn ").append(cancelled)
                .append(", in doubt resent ").append(resentInDoubt).toString();
    }
}
