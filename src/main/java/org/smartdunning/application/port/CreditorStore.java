package org.smartdunning.application.port;

import java.time.Clock;
import org.smartdunning.channels.Outbox;
import org.smartdunning.policy.DecisionLog;
import org.smartdunning.workflow.DunningDayStore;
import org.smartdunning.workflow.InvoiceBalances;

/** Port: everything one creditor's store keeps, each behind its own port. */
public interface CreditorStore {
    CreditorHistoryStore history();

    ModelCatalog models();

    DecisionLog decisions();

    /** Runs decided on another store of the creditor, kept with their models. */
    DecidedRuns decidedElsewhere();

    DunningDayStore dunningDays();

    /** The outbox, stamping its entries by {@code clock} (the simulation's own clock in a simulation). */
    Outbox outbox(Clock clock);

    InvoiceBalances balances();

    HoldBook holds();

    AuditCounts audit();

    /** The facts the KPIs are computed from. */
    KpiFactsReader kpiFacts();

    /** The creditor's webhook endpoints and the outbox of their deliveries. */
    WebhookBook webhooks();
}
