package org.smartdunning.application.simulate;

import java.time.Clock;
import org.smartdunning.application.daily.RunDunningDay;
import org.smartdunning.workflow.InvoiceBalances;

/** The daily process wired on the simulation's clock, with the simulated world's balances. */
@FunctionalInterface
public interface DailyProcessFactory {
    RunDunningDay on(Clock clock, InvoiceBalances balances);
}
