package org.smartdunning.application.simulate;

import java.time.LocalDate;
import org.smartdunning.application.daily.DayResult;
import org.smartdunning.history.CreditorHistory;

/** What a simulation may leave behind beyond the day runs' own records; by default nothing. */
public interface SimulationRecorder {
    SimulationRecorder NONE = new SimulationRecorder() { };

    /** A simulated day was run (morning of {@code day} on the simulation's clock). */
    default void dayRun(LocalDate day, DayResult result) {
    }

    /** The simulation ended on {@code lastDay}; {@code lived} is everything the world and the process did. */
    default void lived(CreditorHistory lived, LocalDate lastDay) {
    }
}
