package org.smartdunning.experiments;

/**
 * What one target policy is estimated to be worth per invoice, by three estimators.
 *
 * @param effectiveSampleSize (sum w)^2 / sum w^2 of the importance weights: how many logged rows
 *                            the estimate is really worth; 0 when no logged action matches the policy
 * @param n                   number of logged decisions used
 * @param note                why estimates are missing or rough, in plain words; empty when all is well
 */
public record PolicyEstimate(String policy, Estimate ips, Estimate snips, Estimate dr, double effectiveSampleSize,
                             int n, String note) {
    public PolicyEstimate {
        note = note == null ? "" : note;
    }
}
