package org.smartdunning.bootstrap;

import java.time.Clock;
import org.smartdunning.application.DecisionSettings;
import org.smartdunning.application.decide.PreviewDecisions;
import org.smartdunning.application.decide.PreviewSnapshot;
import org.smartdunning.application.events.RecordBillingEvent;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.InvoiceId;
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
    private final DecisionSettings deciding;
    private final PreviewSnapshots previews;

    CreditorService(Database database, Clock clock, DecisionSettings deciding, PreviewSnapshots previews) {
        this.database = database;
        this.clock = clock;
        this.engine = Engine.on(database, clock);
        this.deciding = deciding;
        this.previews = previews;
    }

    /** Previews of today's decisions, on a snapshot fresh enough to know {@code invoice} (null: any). */
    public PreviewDecisions previews(InvoiceId invoice) {
        JdbcCreditorStore store = new JdbcCreditorStore(database, Engine.learner());
        return new PreviewDecisions(previews.of(database.creditor(), invoice, () -> PreviewSnapshot.load(store.history(),
                store.models(), BusinessSettings.DEFAULTS, deciding, RunSettings.read(null).retrainDays(), clock)));
    }

    /** Claims the creditor for work that changes its data in bulk: one such work at a time (see Database#claimFor). */
    public void claimFor(String work) {
        database.claimFor(work);
    }

    /** Forgets what previews were computed from: the creditor's models or history changed in bulk. */
    public void historyOrModelsChanged() {
        previews.invalidate(database.creditor());
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
