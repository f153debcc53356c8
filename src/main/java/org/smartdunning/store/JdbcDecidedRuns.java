package org.smartdunning.store;

import java.util.Optional;
import org.smartdunning.policy.DecisionRun;

/**
 * Keeps a run decided on another store of the creditor (a Spark task's own) together with the
 * model that decided it, in one transaction: a reader of this store sees both or neither. The
 * decisions replace earlier ones of the same invoices and days, the model one of the same training key.
 */
public final class JdbcDecidedRuns {
    private final Database database;

    public JdbcDecidedRuns(Database database) {
        this.database = database;
    }

    public void keep(DecisionRun run, Optional<JdbcModelStore.Archived> model) {
        database.inTransaction(connection -> {
            JdbcDecisionLog.write(connection, run);
            if (model.isPresent()) {
                JdbcModelStore.write(connection, model.get());
            }
            return null;
        });
    }
}
