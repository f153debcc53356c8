package org.smartdunning.application;

/** Wall time of a phase, reported with the progress events so a door can say what a step cost. */
public final class Stopwatch {
    private final long started = System.nanoTime();

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
