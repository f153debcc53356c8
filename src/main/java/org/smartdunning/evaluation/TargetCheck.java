package org.smartdunning.evaluation;

/**
 * One of the product's targets checked on a scorecard: on one world's mean over its seeds, or on every row.
 *
 * @param scope        where it is checked: a world's name (on the mean of its seeds) or {@link #EVERY_ROW}
 * @param target       what is required, in words
 * @param rowsMet      rows that meet the target on their own (for a world's mean: its seeds that do)
 * @param rowsAssessed rows on which the target could be assessed (for a world's mean: the seeds averaged)
 * @param worst        the figure checked: a world's mean with each seed's, or the row furthest from the target
 */
public record TargetCheck(String scope, String target, Status status, int rowsMet, int rowsAssessed, String worst) {
    /** The scope of a target every single world × seed must meet. */
    public static final String EVERY_ROW = "every row";

    public enum Status { PASS, FAIL, NOT_APPLICABLE }

    public boolean passed() {
        return status == Status.PASS;
    }
}
