package org.smartdunning.application.simulate;

import java.time.LocalDate;
import java.util.List;
import org.smartdunning.application.daily.DayListener;
import org.smartdunning.experiments.analysis.TrueEffect;

/** Progress of a simulation, each simulated day's included; every event does nothing unless a door listens. */
public interface SimulationListener extends DayListener {
    /** The world lived its past until the first simulated day. */
    default void worldStarted(int customers, LocalDate until, double seconds) {
    }

    /** The world lived on without dunning until every outcome of the experiments' invoices was known before {@code asOf}. */
    default void experimentsKnown(LocalDate asOf, List<TrueEffect> effects) {
    }
}
