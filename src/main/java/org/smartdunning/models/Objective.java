package org.smartdunning.models;

/** What a tree model learns: a probability (logistic) or an event rate per unit of exposure (Poisson). */
public enum Objective {
    BINARY, POISSON
}
