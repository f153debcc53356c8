package org.smartdunning.experiments.analysis;

/**
 * One arm against the experiment's control: the differences of every figure (arm less control)
 * with 95% intervals for a single look, and the sequential test's always-valid intervals and
 * verdicts on value per invoice and on the paid share, for looking as often as one likes.
 */
public record ArmComparison(String arm, String against, ArmFigures difference, SequentialTest value,
                            SequentialTest paidWithinHorizon) {
}
