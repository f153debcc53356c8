package org.smartdunning.experiments.analysis;

/**
 * One arm of an experiment: its closed and open invoices, the chances with which they were drawn
 * into it, and its inverse-propensity-weighted figures per invoice.
 *
 * @param action         the action the arm took on most of its invoices
 * @param invoices       closed invoices (every outcome window over)
 * @param open           invoices drawn into the arm whose windows are still open
 * @param propensityLow  the smallest propensity among the closed invoices (null without any)
 * @param propensityHigh the largest
 */
public record ArmResult(String arm, String action, int invoices, int open, Double propensityLow,
                        Double propensityHigh, ArmFigures figures) {
}
