/**
 * Analysis of a creditor's randomised experiments from observed outcomes: per arm and against the
 * control arm, inverse-propensity-weighted (Hájek) means with 95% intervals, an always-valid
 * confidence sequence that may be looked at after every invoice, and the sample size an experiment
 * needs. Domain code: no I/O, no frameworks.
 */
package org.smartdunning.experiments.analysis;
