package org.smartdunning.bootstrap;

import java.time.LocalDate;
import org.smartdunning.application.access.IssueApiKey;
import org.smartdunning.application.simulate.SimulationListener;
import org.smartdunning.application.simulate.SimulationResult;
import org.smartdunning.application.train.TrainListener;
import org.smartdunning.application.train.TrainOnStore;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.history.CreditorId;
import org.smartdunning.world.WorldParameters;

/**
 * The newcomer's first look: a creditor on the service with months of simulated daily runs behind
 * it, so every page has data. Registers the creditor, issues its key, uploads the workflow, lives
 * a seeded synthetic world through the daily process up to yesterday and trains a model — each
 * step by the service's own use cases.
 */
public final class FirstLook {
    /** What the first look is made of: the creditor, the workflow and the simulated world. */
    public record Plan(CreditorId creditor, String workflow, WorldParameters world, int customers, int days) {
    }

    /**
     * The creditor ready to look at: its key (shown once), the simulated days and what they did.
     *
     * @param key the creditor's API key, in full: to be shown once and never logged
     */
    public record Ready(CreditorId creditor, IssueApiKey.Issued key, LocalDate from, LocalDate to,
                        SimulationResult simulated, TrainOnStore.Trained trained) {
    }

    private final Service service;

    public FirstLook(Service service) {
        this.service = service;
    }

    /** Sets the creditor up on a store that does not hold it yet, telling the simulated days and the training. */
    public Ready setUp(Plan plan, SimulationListener days, TrainListener training) {
        if (!service.creditors().register(plan.creditor())) {
            throw new IllegalStateException("the store holds creditor '" + plan.creditor().value()
                    + "' already; the first look starts from a fresh store");
        }
        IssueApiKey.Issued key = service.issueKey().issue(plan.creditor(), "first look");
        LocalDate to = LocalDate.now(service.clock()).minusDays(1);
        LocalDate from = to.minusDays(plan.days() - 1L);
        return service.forCreditor(plan.creditor(), creditor -> {
            creditor.claimFor("first look");
            creditor.checkWorkflow("workflow.yaml", plan.workflow());
            creditor.workflows().save(plan.workflow(), service.clock().instant());
            SimulationResult simulated = creditor.simulate(plan.world(), plan.customers(), from, to, days);
            TrainOnStore.Trained trained = creditor.trainOnStore(training).train(BusinessSettings.DEFAULTS,
                    creditor.deciding().seed(), creditor.deciding(), false);
            creditor.historyOrModelsChanged();
            return new Ready(plan.creditor(), key, from, to, simulated, trained);
        }).orElseThrow();
    }
}
