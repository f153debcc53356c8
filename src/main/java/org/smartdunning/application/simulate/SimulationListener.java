package org.smartdunning.application.simulate;

import java.time.LocalDate;
import org.smartdunning.application.daily.DayListener;

/** Progress of a simulation, each simulated day's included; every event does nothing unless a door listens. */
public interface SimulationListener extends DayListener {
    /** The world lived its past until the first simulated day. */
    default void worldStarted(int customers, LocalDate until, double seconds) {
    }
}
