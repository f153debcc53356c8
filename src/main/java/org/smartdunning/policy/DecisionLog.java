package org.smartdunning.policy;

/** Where decisions are kept; recording a batch again replaces its earlier decisions, never adds to them. */
public interface DecisionLog {

    void record(DecisionRun run);
}
