package org.smartdunning.application.port;

import java.util.Optional;
import org.smartdunning.policy.DecisionRun;

/** Port: runs decided on another store of the creditor, kept here with the model that decided them. */
public interface DecidedRuns {
    /**
     * Keeps the run's decisions and, when given, its model, all or nothing: decisions of the same
     * invoices and days are replaced, as is a model of the same training key.
     */
    void keep(DecisionRun run, Optional<ExportedModel> model);
}
