package org.smartdunning.bootstrap;

import java.time.Clock;
import org.smartdunning.application.events.RecordBillingEvent;
import org.smartdunning.application.port.IdempotencyBook;
import org.smartdunning.store.Database;
import org.smartdunning.store.JdbcBillingEvents;
import org.smartdunning.store.JdbcHolds;
import org.smartdunning.store.JdbcIdempotency;
import org.smartdunning.workflow.HoldScope;

/** The use cases of one creditor on a store borrowed for one request. */
public final class CreditorService {
    private final Database database;
    private final Clock clock;
    private final Engine engine;

    CreditorService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.engine = Engine.on(database, clock);
    }

    /** The engine's use cases (holds, training, the daily process) on this creditor's store. */
    public Engine engine() {
        return engine;
    }

    public RecordBillingEvent recordEvent() {
        return new RecordBillingEvent(new JdbcBillingEvents(database), clock);
    }

    /** Whether the creditor has the invoice or customer a hold would name. */
    public boolean holdTargetExists(HoldScope scope, String targetId) {
        return new JdbcHolds(database).targetExists(scope, targetId);
    }

    public Clock clock() {
        return clock;
    }

    public IdempotencyBook idempotency() {
        return JdbcIdempotency.of(database);
    }
}
