package org.smartdunning.bootstrap;

import java.time.Clock;
import org.smartdunning.application.port.AuditCounts;
import org.smartdunning.application.port.CreditorHistoryStore;
import org.smartdunning.application.port.CreditorStore;
import org.smartdunning.application.port.DecidedRuns;
import org.smartdunning.application.port.HoldBook;
import org.smartdunning.application.port.KpiFactsReader;
import org.smartdunning.application.port.ModelCatalog;
import org.smartdunning.application.port.WebhookBook;
import org.smartdunning.channels.Outbox;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.policy.DecisionLog;
import org.smartdunning.store.Database;
import org.smartdunning.store.HistoryStore;
import org.smartdunning.store.JdbcAuditLog;
import org.smartdunning.store.JdbcDecidedRuns;
import org.smartdunning.store.JdbcDecisionLog;
import org.smartdunning.store.JdbcDunningDayStore;
import org.smartdunning.store.JdbcHolds;
import org.smartdunning.store.JdbcInvoiceBalances;
import org.smartdunning.store.JdbcKpiFacts;
import org.smartdunning.store.JdbcModelPromotions;
import org.smartdunning.store.JdbcModelStore;
import org.smartdunning.store.JdbcOutbox;
import org.smartdunning.store.JdbcWebhooks;
import org.smartdunning.workflow.DunningDayStore;
import org.smartdunning.workflow.InvoiceBalances;

/** A creditor's store as the use cases see it: each port on the JDBC adapter of the open database. */
final class JdbcCreditorStore implements CreditorStore {
    private final Database database;
    private final TreeTrainer trainer;

    JdbcCreditorStore(Database database, TreeTrainer trainer) {
        this.database = database;
        this.trainer = trainer;
    }

    @Override
    public CreditorHistoryStore history() {
        return new HistoryStore(database);
    }

    @Override
    public ModelCatalog models() {
        return new ArchivedModelCatalog(new JdbcModelStore(database), new JdbcModelPromotions(database), trainer);
    }

    @Override
    public DecisionLog decisions() {
        return new JdbcDecisionLog(database);
    }

    @Override
    public DecidedRuns decidedElsewhere() {
        return (run, model) -> new JdbcDecidedRuns(database).keep(run, model.map(m -> new JdbcModelStore.Archived(
                m.model().trainingKey(), m.model().name(), m.model().version(), m.model().trainedFrom(),
                m.model().trainedUntil(), m.model().seed(), m.model().parameters(), m.metricsJson(),
                m.model().createdAt(), m.archive())));
    }

    @Override
    public DunningDayStore dunningDays() {
        return new JdbcDunningDayStore(database);
    }

    @Override
    public Outbox outbox(Clock clock) {
        return new JdbcOutbox(database, clock);
    }

    @Override
    public InvoiceBalances balances() {
        return new JdbcInvoiceBalances(database);
    }

    @Override
    public HoldBook holds() {
        return new JdbcHolds(database);
    }

    @Override
    public AuditCounts audit() {
        return new JdbcAuditLog(database);
    }

    @Override
    public KpiFactsReader kpiFacts() {
        return new JdbcKpiFacts(database);
    }

    @Override
    public WebhookBook webhooks() {
        return new JdbcWebhooks(database);
    }
}
